package dev.rehearsal.core.cloudformation.plan;

import java.util.List;
import java.util.Optional;

/**
 * One step of a plan, for one resource: a change set's {@code ResourceChange} (CloudFormation API
 * Reference, {@code ResourceChange}: Action {@code Add}, {@code Modify}, {@code Remove}) or no
 * change, each with the reason a reader is shown.
 */
public sealed interface PlanStep
    permits PlanStep.Create, PlanStep.Update, PlanStep.Delete, PlanStep.NoChange {
  String logicalId();

  String type();

  /** Why this step is in the plan, in words a reader of the plan is shown. */
  String reason();

  /** A resource the stack does not have yet. */
  record Create(String logicalId, String type, String reason) implements PlanStep {}

  /**
   * A resource whose properties change. With {@code replacement}, CloudFormation creates a new
   * resource and deletes the old one in the cleanup phase (a {@link Delete} with {@code replaced});
   * {@code failure} is CloudFormation's refusal when it cannot, which an executor reports as the
   * resource's failure instead of applying anything.
   */
  record Update(
      String logicalId,
      String type,
      String physicalId,
      List<PropertyChange> changes,
      boolean replacement,
      Optional<String> failure,
      String reason)
      implements PlanStep {
    public Update {
      changes = List.copyOf(changes);
    }
  }

  /**
   * A resource removed from the template, or, with {@code replaced}, the old resource a replacement
   * leaves behind: deleted after every create and update, dependents first.
   */
  record Delete(String logicalId, String type, String physicalId, boolean replaced, String reason)
      implements PlanStep {}

  /** A resource whose properties are the same as when it was last applied. */
  record NoChange(String logicalId, String type, String physicalId, String reason)
      implements PlanStep {}
}
