package dev.rehearsal.runner.action;

import dev.rehearsal.runner.RunnerException;

/**
 * An action's {@code core.setFailed(message)}: the step fails and its log shows {@code Error:
 * message}.
 */
public final class ActionFailedException extends RunnerException {
  public ActionFailedException(String message) {
    super(message);
  }

  public ActionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
