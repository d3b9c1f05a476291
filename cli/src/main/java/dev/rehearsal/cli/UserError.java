package dev.rehearsal.cli;

/**
 * A problem the user can fix — a port in use, a missing jar, a data directory of another version:
 * reported as one clear message and exit code 2, never as a stack trace.
 */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message, null, false, false);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
