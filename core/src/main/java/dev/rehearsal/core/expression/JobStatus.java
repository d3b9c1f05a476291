package dev.rehearsal.core.expression;

/**
 * The status the status check functions read: {@code success()} is true on {@link #SUCCESS}, {@code
 * failure()} on {@link #FAILURE}, {@code cancelled()} on {@link #CANCELLED}, and {@code always()}
 * on all three (docs, "Status check functions"; the runner's {@code SuccessFunction} and its
 * siblings read the job's status, or the composite action's for a step inside one).
 */
public enum JobStatus {
  SUCCESS,
  FAILURE,
  CANCELLED
}
