package dev.rehearsal.runner.job;

import java.util.Locale;

/**
 * A job's status as the status functions read it ({@code success()}, {@code failure()}, {@code
 * cancelled()}): success until a step fails or the job is cancelled.
 */
public enum JobStatus {
  SUCCESS,
  FAILURE,
  CANCELLED;

  /** As GitHub writes it in {@code job.status}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
