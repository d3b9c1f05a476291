package dev.rehearsal.runner.job;

import dev.rehearsal.runner.RunnerException;
import dev.rehearsal.runner.process.Cancellation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A native action's main or post step on a thread of its own, so that {@code timeout-minutes} and a
 * cancel end it as they end a {@code run:} step's process: the thread is interrupted (the retry
 * waits stop at once, an HTTP call when it returns) and given a few seconds to finish.
 */
final class NativeInvocation {
  private static final long POLL_MILLIS = 50;
  private static final Duration GRACE = Duration.ofSeconds(5);

  /** How the call ended: what it threw, or whether the runner ended it. */
  record Outcome(Optional<RuntimeException> failure, boolean timedOut, boolean cancelled) {}

  private NativeInvocation() {}

  static Outcome run(Runnable call, Optional<Duration> timeout, Cancellation cancellation) {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                call.run();
              } catch (RuntimeException e) {
                failure.set(e);
              } catch (Error e) {
                // An action that breaks (a missing class, no memory) fails its step, never passes.
                failure.set(new RunnerException("the action stopped with " + e, e));
              }
            },
            "native-action");
    thread.setDaemon(true);
    thread.start();
    Instant deadline = timeout.map(Instant.now()::plus).orElse(Instant.MAX);
    try {
      while (thread.isAlive()) {
        thread.join(POLL_MILLIS);
        boolean timedOut = Instant.now().isAfter(deadline);
        if (thread.isAlive() && (timedOut || cancellation.isCancelled())) {
          thread.interrupt();
          thread.join(GRACE.toMillis());
          return new Outcome(Optional.empty(), timedOut, !timedOut);
        }
      }
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      return new Outcome(Optional.empty(), false, true);
    }
    return new Outcome(Optional.ofNullable(failure.get()), false, false);
  }
}
