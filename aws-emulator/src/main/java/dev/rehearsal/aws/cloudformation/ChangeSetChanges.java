package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.cloudformation.ChangeSet.Change;
import dev.rehearsal.aws.cloudformation.ChangeSet.Detail;
import dev.rehearsal.core.cloudformation.plan.Plan;
import dev.rehearsal.core.cloudformation.plan.PlanStep;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as a change set's {@code Changes} (API Reference, {@code ResourceChange}): a create is
 * {@code Add}, an update {@code Modify} with {@code Replacement} and a detail per property, a
 * removal {@code Remove}; the old half of a replacement is part of its {@code Modify}.
 */
final class ChangeSetChanges {
  private ChangeSetChanges() {}

  static List<Change> of(Plan plan) {
    List<Change> changes = new ArrayList<>();
    for (PlanStep step : plan.steps()) {
      if (step instanceof PlanStep.Create) {
        changes.add(new Change("Add", step.logicalId(), null, step.type(), null, List.of()));
      } else if (step instanceof PlanStep.Update update) {
        List<Detail> details =
            update.changes().stream()
                .map(
                    c ->
                        new Detail(
                            c.property(),
                            c.requiresRecreation(),
                            c.evaluation(),
                            c.dynamic() ? "ResourceReference" : "DirectModification"))
                .toList();
        changes.add(
            new Change(
                "Modify",
                step.logicalId(),
                update.physicalId(),
                step.type(),
                update.replacement() ? "True" : "False",
                details));
      } else if (step instanceof PlanStep.Delete delete && !delete.replaced()) {
        changes.add(
            new Change(
                "Remove", step.logicalId(), delete.physicalId(), step.type(), null, List.of()));
      }
    }
    return changes;
  }
}
