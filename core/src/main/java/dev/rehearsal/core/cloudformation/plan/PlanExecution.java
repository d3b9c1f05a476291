package dev.rehearsal.core.cloudformation.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedOutput;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an executor knows while it applies a plan: the resources as they are now. Each step's
 * properties are resolved when the step runs, against the values the services gave the resources
 * applied before it, as CloudFormation resolves them; so nothing only a service knows (a {@code
 * RoleId}, a replacement's new name) is ever invented.
 */
public final class PlanExecution {
  private final Template template;
  private final StackSettings settings;
  private final Map<String, DeployedResource> current;
  private final Map<String, DeployedResource> replacedBy = new LinkedHashMap<>();

  public PlanExecution(
      Template template, StackSettings settings, Map<String, DeployedResource> deployed) {
    this.template = template;
    this.settings = settings;
    this.current = new LinkedHashMap<>(deployed);
  }

  /**
   * An execution that only deletes ({@code DeleteStack}, a rollback of a create): nothing is
   * resolved, so no template is needed.
   */
  public static PlanExecution teardown(Map<String, DeployedResource> deployed) {
    return new PlanExecution(null, null, deployed);
  }

  /**
   * The resource {@code step} applies, resolved now. A replacement is resolved as a new resource:
   * its generated name is a new one.
   */
  public ResolvedResource resolve(PlanStep step) {
    if (template == null) {
      throw new IllegalStateException("a teardown resolves nothing");
    }
    Map<String, DeployedResource> known = new HashMap<>(current);
    if (step instanceof PlanStep.Update update && update.replacement()) {
      known.remove(step.logicalId());
    }
    return template.resolve(settings, known).resource(step.logicalId()).orElseThrow();
  }

  /** The resource as it is now, if the stack has it. */
  public Optional<DeployedResource> current(String logicalId) {
    return Optional.ofNullable(current.get(logicalId));
  }

  /**
   * Records that {@code resource} was created or updated and what its service answered. A
   * replacement keeps the old resource aside until its {@link PlanStep.Delete} (or a rollback).
   */
  public DeployedResource applied(
      ResolvedResource resource, String physicalId, Map<String, JsonNode> attributes) {
    DeployedResource applied = DeployedResource.of(resource, physicalId, attributes);
    DeployedResource previous = current.put(resource.logicalId(), applied);
    if (previous != null && !previous.physicalId().equals(physicalId)) {
      replacedBy.put(resource.logicalId(), previous);
    }
    return applied;
  }

  /** Records a delete: a removed resource leaves the stack; a replaced one's old half is gone. */
  public void deleted(PlanStep.Delete step) {
    if (step.replaced()) {
      replacedBy.remove(step.logicalId());
    } else {
      current.remove(step.logicalId());
    }
  }

  /** The old halves of replacements not deleted yet: what a rollback puts back. */
  public Map<String, DeployedResource> replaced() {
    return Map.copyOf(replacedBy);
  }

  /** The stack's resources as they are now, in the order they were first known. */
  public Map<String, DeployedResource> deployed() {
    return new LinkedHashMap<>(current);
  }

  /** The template's outputs, resolved against the resources as they are now. */
  public List<ResolvedOutput> outputs() {
    if (template == null) {
      return List.of();
    }
    return template.resolve(settings, current).outputs();
  }
}
