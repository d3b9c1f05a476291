package dev.rehearsal.runner.job;

/**
 * Whether a step runs, given the job's status so far: a step's {@code if:}, already reduced to the
 * status functions. The default is {@code success()}, as GitHub's when no {@code if:} is given.
 */
@FunctionalInterface
public interface StepCondition {
  StepCondition SUCCESS = status -> status == JobStatus.SUCCESS;
  StepCondition ALWAYS = status -> true;
  StepCondition FAILURE = status -> status == JobStatus.FAILURE;
  StepCondition CANCELLED = status -> status == JobStatus.CANCELLED;

  boolean shouldRun(JobStatus status);
}
