package dev.rehearsal.provisioner.direct;

import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.plan.Plan;
import dev.rehearsal.core.cloudformation.plan.PlanStep;
import dev.rehearsal.provisioner.PropertyDelta;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.StackPreview;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A plan and the settings it was made with, which its apply must use too. */
record Planned(StackSettings settings, Plan plan) {
  /**
   * The plan as a change set would show it: the old half of a replacement is part of its resource's
   * {@code Modify}, not an entry of its own.
   */
  StackPreview preview(boolean exists) {
    List<ResourceChange> resources = new ArrayList<>();
    for (PlanStep step : plan.steps()) {
      if (step instanceof PlanStep.Create) {
        Optional<String> name = plan.desired().resource(step.logicalId()).map(r -> r.physicalId());
        resources.add(change(ResourceChange.Action.ADD, step, name, "", List.of()));
      } else if (step instanceof PlanStep.Update update) {
        List<PropertyDelta> details =
            update.changes().stream()
                .map(
                    c ->
                        new PropertyDelta(
                            c.property(),
                            c.before(),
                            c.after(),
                            c.requiresRecreation(),
                            c.evaluation()))
                .toList();
        resources.add(
            change(
                ResourceChange.Action.MODIFY,
                step,
                Optional.of(update.physicalId()),
                update.replacement() ? "True" : "False",
                details));
      } else if (step instanceof PlanStep.Delete delete && !delete.replaced()) {
        resources.add(
            change(
                ResourceChange.Action.REMOVE,
                step,
                Optional.of(delete.physicalId()),
                "",
                List.of()));
      } else if (step instanceof PlanStep.NoChange same) {
        resources.add(
            change(
                ResourceChange.Action.NONE, step, Optional.of(same.physicalId()), "", List.of()));
      }
    }
    return new StackPreview(settings.stackName(), exists, resources);
  }

  private static ResourceChange change(
      ResourceChange.Action action,
      PlanStep step,
      Optional<String> physicalId,
      String replacement,
      List<PropertyDelta> details) {
    String reason = step.reason();
    if (step instanceof PlanStep.Update update && update.failure().isPresent()) {
      reason = reason + "; will fail: " + update.failure().get();
    }
    return new ResourceChange(
        action, step.logicalId(), step.type(), physicalId, replacement, reason, details);
  }
}
