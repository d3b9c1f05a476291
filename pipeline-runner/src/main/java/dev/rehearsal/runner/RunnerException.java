package dev.rehearsal.runner;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;

/**
 * What the runner refuses or cannot do, with the message a GitHub runner prints for it (a runner
 * file in a format it does not read, a shell it cannot start, an action it cannot resolve). Carries
 * {@link AwsErrorCode#VALIDATION_ERROR} only because every project error must name one (as core's
 * {@code GitHubValidationException} does): the runner itself has no error codes.
 */
public class RunnerException extends RehearsalException {
  public RunnerException(String message) {
    super(AwsErrorCode.VALIDATION_ERROR, message);
  }

  public RunnerException(String message, Throwable cause) {
    super(AwsErrorCode.VALIDATION_ERROR, message, cause);
  }
}
