package dev.rehearsal.runner.token;

import dev.rehearsal.runner.RunnerException;

/** An ID token request that failed, with @actions/core's message ({@code Error message: …}). */
public final class IdTokenException extends RunnerException {
  public IdTokenException(String message) {
    super(message);
  }
}
