package dev.rehearsal.provisioner.changeset;

import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.plan.PlanStep;
import dev.rehearsal.core.cloudformation.plan.PropertyChange;
import dev.rehearsal.core.cloudformation.plan.StackPlanner;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.provisioner.PropertyDelta;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.StackPreview;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResource;

/**
 * The values of changed properties where the change set leaves them out (an endpoint without {@code
 * IncludePropertyValues}, moto's bare changes): core's own plan of the new template against the
 * stack as deployed, its template ({@code GetTemplate}) resolved with its parameters and the
 * physical ids {@code DescribeStackResources} gives. CloudFormation's change set still decides what
 * changes; this only shows the values, and gives up quietly where core cannot read the stack.
 */
final class LocalDiff {
  private final CloudFormationClient cloudFormation;

  LocalDiff(CloudFormationClient cloudFormation) {
    this.cloudFormation = cloudFormation;
  }

  /** {@code preview} with the values core's plan knows filled in. */
  StackPreview fill(StackPreview preview, Stack stack, Template next, StackSettings settings) {
    Map<String, List<PropertyChange>> local;
    try {
      local = localChanges(stack, next, settings);
    } catch (RehearsalException | SdkException e) {
      return preview;
    }
    List<ResourceChange> filled = new ArrayList<>();
    for (ResourceChange change : preview.resources()) {
      List<PropertyChange> known = local.getOrDefault(change.logicalId(), List.of());
      filled.add(known.isEmpty() ? change : withValues(change, known));
    }
    return new StackPreview(preview.stackName(), preview.exists(), filled);
  }

  private static ResourceChange withValues(ResourceChange change, List<PropertyChange> known) {
    Map<String, PropertyDelta> details = new LinkedHashMap<>();
    change.details().forEach(d -> details.put(d.property(), d));
    for (PropertyChange local : known) {
      PropertyDelta given = details.get(local.property());
      if (given == null && !change.details().isEmpty()) {
        continue; // CloudFormation says this property does not change
      }
      if (given == null || !given.valuesKnown()) {
        details.put(
            local.property(),
            new PropertyDelta(
                local.property(),
                local.before(),
                local.after(),
                given == null ? local.requiresRecreation() : given.requiresRecreation(),
                given == null ? local.evaluation() : given.evaluation()));
      }
    }
    return new ResourceChange(
        change.action(),
        change.logicalId(),
        change.type(),
        change.physicalId(),
        change.replacement(),
        change.reason(),
        List.copyOf(details.values()));
  }

  private Map<String, List<PropertyChange>> localChanges(
      Stack stack, Template next, StackSettings settings) {
    Template deployedTemplate =
        Template.parse(
            cloudFormation.getTemplate(b -> b.stackName(stack.stackId())).templateBody());
    Map<String, String> parameters = new HashMap<>();
    stack.parameters().forEach(p -> parameters.put(p.parameterKey(), p.parameterValue()));
    StackSettings before =
        new StackSettings(
            settings.stackName(),
            settings.region(),
            settings.accountId(),
            parameters,
            settings.seed());
    Map<String, DeployedResource> deployed = deployed(stack, deployedTemplate, before);
    Map<String, List<PropertyChange>> changes = new HashMap<>();
    for (PlanStep step : StackPlanner.plan(next, settings, deployed).steps()) {
      if (step instanceof PlanStep.Update update) {
        changes.put(update.logicalId(), update.changes());
      }
    }
    return changes;
  }

  /**
   * The stack's resources as core reads them: each resolved in creation order against those before
   * it, under the physical id the stack gives it.
   */
  private Map<String, DeployedResource> deployed(
      Stack stack, Template template, StackSettings settings) {
    Map<String, String> physicalIds = new HashMap<>();
    for (StackResource resource :
        cloudFormation.describeStackResources(b -> b.stackName(stack.stackId())).stackResources()) {
      physicalIds.put(resource.logicalResourceId(), resource.physicalResourceId());
    }
    Map<String, DeployedResource> deployed = new LinkedHashMap<>();
    for (var declaration : template.resources()) {
      String id = declaration.logicalId();
      Optional<ResolvedResource> resolved = template.resolve(settings, deployed).resource(id);
      if (resolved.isPresent() && physicalIds.get(id) != null) {
        ResolvedResource r = resolved.get();
        deployed.put(id, DeployedResource.of(r, physicalIds.get(id), r.attributes()));
      }
    }
    return deployed;
  }
}
