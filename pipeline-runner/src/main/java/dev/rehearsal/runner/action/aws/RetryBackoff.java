package dev.rehearsal.runner.action.aws;

import dev.rehearsal.runner.action.ActionFailedException;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * configure-aws-credentials' {@code retryAndBackoff} ({@code src/helpers.ts}; v1's {@code
 * index.js}): after each failure it sleeps a random time below {@code 2^retries × 50} ms, and gives
 * up, throwing the last error, once {@code maxRetries} attempts have failed (the sleep after the
 * last one included, as the action does). The sleep and the random draw are given, so that tests
 * need not wait.
 */
public final class RetryBackoff {
  /** Sleeps for a number of milliseconds. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private static final long BASE_MILLIS = 50;

  private final Sleeper sleeper;
  private final DoubleSupplier random;

  public RetryBackoff(Sleeper sleeper, DoubleSupplier random) {
    this.sleeper = sleeper;
    this.random = random;
  }

  /** Real time and {@code Math.random}, as the action. */
  public static RetryBackoff jittered() {
    return new RetryBackoff(Thread::sleep, Math::random);
  }

  /** No waiting, for tests (the number of attempts is unchanged). */
  public static RetryBackoff immediate() {
    return new RetryBackoff(millis -> {}, () -> 0);
  }

  <T> T run(Supplier<T> call, boolean retryable, int maxRetries) {
    for (int retries = 0; ; ) {
      try {
        return call.get();
      } catch (RuntimeException failure) {
        if (!retryable) {
          throw failure;
        }
        sleep((long) (random.getAsDouble() * (Math.pow(2, retries) * BASE_MILLIS)));
        retries++;
        if (retries >= maxRetries) {
          throw failure;
        }
      }
    }
  }

  private void sleep(long millis) {
    try {
      sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ActionFailedException("interrupted while retrying", e);
    }
  }
}
