package dev.rehearsal.runner.job;

import dev.rehearsal.runner.action.ActionRef;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A step before it is evaluated: its {@code uses:} (which a workflow cannot compute, so the job can
 * resolve every action at set-up) and how to evaluate the rest once the steps before it have run
 * ({@code if:}, {@code env:}, {@code with:}, {@code run:} may read {@code steps.<id>.outputs}). An
 * evaluation that throws a {@code RehearsalException} fails the step with its message.
 */
public record StepPlan(Optional<ActionRef> uses, Function<JobProgress, JobStep> evaluate) {
  public StepPlan {
    Objects.requireNonNull(uses, "uses");
    Objects.requireNonNull(evaluate, "evaluate");
  }

  /** A step whose values are known before the job starts. */
  public static StepPlan fixed(JobStep step) {
    Optional<ActionRef> uses =
        step.action() instanceof StepAction.Uses action
            ? Optional.of(action.action())
            : Optional.empty();
    return new StepPlan(uses, progress -> step);
  }
}
