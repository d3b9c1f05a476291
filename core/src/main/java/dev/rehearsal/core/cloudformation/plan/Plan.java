package dev.rehearsal.core.cloudformation.plan;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import java.util.List;
import java.util.Objects;

/**
 * What applying a template to a stack does: its steps in the order an executor takes them (creates
 * and updates in dependency order, then deletes, dependents first), and the stack as the template
 * describes it with what is known before applying.
 */
public record Plan(ResolvedStack desired, List<PlanStep> steps) {
  public Plan {
    Objects.requireNonNull(desired, "desired");
    steps = List.copyOf(steps);
  }

  /** The steps that change something. */
  public List<PlanStep> changes() {
    return steps.stream().filter(step -> !(step instanceof PlanStep.NoChange)).toList();
  }

  /**
   * Whether applying changes anything: a change set without changes is CloudFormation's {@code
   * FAILED} "The submitted information didn't contain changes."
   */
  public boolean hasChanges() {
    return !changes().isEmpty();
  }
}
