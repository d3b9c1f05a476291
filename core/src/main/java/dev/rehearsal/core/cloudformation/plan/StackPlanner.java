package dev.rehearsal.core.cloudformation.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.resource.ResourceType;
import dev.rehearsal.core.cloudformation.resource.ResourceTypes;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a template against the resources a stack has, as CloudFormation's change sets do (User
 * Guide, "Update behaviors of stack resources"): a resource not in the stack is created; one whose
 * properties differ is updated, or replaced when a changed property says "Update requires:
 * Replacement"; one no longer in the template is deleted; the rest are left alone. A change that
 * replaces a resource changes what refers to it too: those changes are {@code Dynamic}.
 *
 * <p>{@code settings.seed()} draws the names CloudFormation generates; an executor passes each
 * operation a seed of its own so that a replacement gets a new name, as CloudFormation's random
 * suffix gives one.
 */
public final class StackPlanner {
  private StackPlanner() {}

  /**
   * The plan that brings {@code deployed} to {@code template}.
   *
   * @throws TemplateException when the template cannot be resolved, or changes a resource's type
   */
  public static Plan plan(
      Template template, StackSettings settings, Map<String, DeployedResource> deployed) {
    ResolvedStack desired = template.resolve(settings, deployed);
    refuseTypeChanges(desired, deployed);
    Set<String> replaced = new LinkedHashSet<>();
    Map<String, List<PropertyChange>> changes = staticChanges(desired, deployed, replaced);
    addDynamicChanges(template, settings, deployed, desired, changes, replaced);
    List<PlanStep> steps = new ArrayList<>();
    for (ResolvedResource resource : desired.resources()) {
      steps.add(step(resource, deployed.get(resource.logicalId()), changes, replaced));
    }
    steps.addAll(Teardown.deletes(deployed, desired, replaced));
    return new Plan(desired, steps);
  }

  /** The steps that delete every resource of a stack, dependents first ({@code DeleteStack}). */
  public static List<PlanStep.Delete> teardown(Map<String, DeployedResource> deployed) {
    return Teardown.all(deployed);
  }

  /**
   * "Update of resource type is not permitted" (CloudFormation's validation of an update that keeps
   * a logical id but changes its {@code Type}).
   */
  private static void refuseTypeChanges(
      ResolvedStack desired, Map<String, DeployedResource> deployed) {
    List<String> changed =
        desired.resources().stream()
            .filter(r -> deployed.containsKey(r.logicalId()))
            .filter(r -> !deployed.get(r.logicalId()).type().equals(r.type()))
            .map(ResolvedResource::logicalId)
            .toList();
    if (!changed.isEmpty()) {
      throw new TemplateException(
          "Update of resource type is not permitted. The new template modifies resource type of"
              + " the following resources: "
              + changed);
    }
  }

  private static Map<String, List<PropertyChange>> staticChanges(
      ResolvedStack desired, Map<String, DeployedResource> deployed, Set<String> replaced) {
    Map<String, List<PropertyChange>> changes = new HashMap<>();
    for (ResolvedResource resource : desired.resources()) {
      DeployedResource current = deployed.get(resource.logicalId());
      if (current != null) {
        List<PropertyChange> found =
            PropertyDiff.changes(
                type(resource), current.properties(), resource.properties(), Set.of());
        changes.put(resource.logicalId(), found);
        if (found.stream().anyMatch(PropertyChange::recreates)) {
          replaced.add(resource.logicalId());
        }
      }
    }
    return changes;
  }

  /**
   * Resolves again as if the replaced resources were new: what differs now depends on the values
   * their replacements get, and may replace more resources in turn.
   */
  private static void addDynamicChanges(
      Template template,
      StackSettings settings,
      Map<String, DeployedResource> deployed,
      ResolvedStack desired,
      Map<String, List<PropertyChange>> changes,
      Set<String> replaced) {
    int known = -1;
    while (known != replaced.size()) {
      known = replaced.size();
      Map<String, DeployedResource> kept = new HashMap<>(deployed);
      kept.keySet().removeAll(replaced);
      ResolvedStack fresh = template.resolve(settings, kept);
      for (ResolvedResource resource : fresh.resources()) {
        DeployedResource current = deployed.get(resource.logicalId());
        if (current == null || replaced.contains(resource.logicalId())) {
          continue;
        }
        JsonNode planned = desired.resource(resource.logicalId()).orElseThrow().properties();
        Set<String> dynamic = PropertyDiff.differing(planned, resource.properties());
        if (dynamic.isEmpty()) {
          continue;
        }
        List<PropertyChange> found =
            PropertyDiff.changes(
                type(resource), current.properties(), resource.properties(), dynamic);
        changes.put(resource.logicalId(), found);
        if (found.stream().anyMatch(PropertyChange::recreates)) {
          replaced.add(resource.logicalId());
        }
      }
    }
  }

  private static PlanStep step(
      ResolvedResource resource,
      DeployedResource current,
      Map<String, List<PropertyChange>> changes,
      Set<String> replaced) {
    String id = resource.logicalId();
    if (current == null) {
      return new PlanStep.Create(id, resource.type(), "not in the stack yet");
    }
    List<PropertyChange> found = changes.getOrDefault(id, List.of());
    if (found.isEmpty()) {
      return new PlanStep.NoChange(
          id, resource.type(), current.physicalId(), "properties unchanged");
    }
    boolean replacement = replaced.contains(id);
    return new PlanStep.Update(
        id,
        resource.type(),
        current.physicalId(),
        found,
        replacement,
        replacement ? customNameConflict(resource, current) : Optional.empty(),
        PropertyDiff.reason(found, replacement));
  }

  /**
   * CloudFormation replaces a resource by creating the new one first, so a custom name that stays
   * the same would collide: it refuses (User Guide, "Name type").
   */
  private static Optional<String> customNameConflict(
      ResolvedResource resource, DeployedResource current) {
    Optional<String> property = type(resource).nameProperty();
    if (property.isEmpty()) {
      return Optional.empty();
    }
    JsonNode before = current.properties().path(property.get());
    JsonNode after = resource.properties().path(property.get());
    if (after.isMissingNode() || !after.equals(before)) {
      return Optional.empty();
    }
    return Optional.of(
        "CloudFormation cannot update a stack when a custom-named resource requires replacing."
            + " Rename "
            + after.asText()
            + " and update the stack again.");
  }

  private static ResourceType type(ResolvedResource resource) {
    return ResourceTypes.of(resource.type()).orElseThrow();
  }
}
