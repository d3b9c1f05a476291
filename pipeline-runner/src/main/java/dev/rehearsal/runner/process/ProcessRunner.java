package dev.rehearsal.runner.process;

import dev.rehearsal.runner.RunnerException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts a process and hands each line of its stdout and stderr, as it comes, to one consumer
 * (never two lines at once: a GitHub runner reads both streams into the same log). Ends the whole
 * process tree on a time-out or a cancel, as the runner's {@code ProcessInvoker} kills the tree:
 * SIGTERM to every descendant and the process, SIGKILL to what still runs a few seconds later.
 */
public final class ProcessRunner {
  private static final Duration GRACE = Duration.ofSeconds(5);
  private static final long POLL_MILLIS = 50;
  private static final long DRAIN_MILLIS = 2000;

  private ProcessRunner() {}

  public static ProcessOutcome run(
      ProcessSpec spec,
      Consumer<String> lines,
      Optional<Duration> timeout,
      Cancellation cancellation) {
    return run(spec, lines, lines, timeout, cancellation);
  }

  /** As {@link #run(ProcessSpec, Consumer, Optional, Cancellation)}, each stream to its own. */
  public static ProcessOutcome run(
      ProcessSpec spec,
      Consumer<String> stdout,
      Consumer<String> stderr,
      Optional<Duration> timeout,
      Cancellation cancellation) {
    Process process = start(spec);
    Object lock = new Object();
    Thread out = pump(process.getInputStream(), stdout, lock, "stdout");
    Thread err = pump(process.getErrorStream(), stderr, lock, "stderr");
    feed(process, spec.stdin());
    Instant deadline = timeout.map(Instant.now()::plus).orElse(Instant.MAX);
    boolean timedOut = false;
    boolean cancelled = false;
    try {
      while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        timedOut = Instant.now().isAfter(deadline);
        cancelled = cancellation.isCancelled();
        if (timedOut || cancelled) {
          killTree(process);
          break;
        }
      }
      process.waitFor();
      // A background child may hold the pipes open after the shell exits; the step ends with the
      // shell, as on GitHub, and the child is the job's orphan to clean up.
      out.join(DRAIN_MILLIS);
      err.join(DRAIN_MILLIS);
    } catch (InterruptedException e) {
      killTree(process);
      Thread.currentThread().interrupt();
      cancelled = true;
    }
    return new ProcessOutcome(process.isAlive() ? -1 : process.exitValue(), timedOut, cancelled);
  }

  private static Process start(ProcessSpec spec) {
    ProcessBuilder builder =
        new ProcessBuilder(spec.command()).directory(spec.directory().toFile());
    builder.environment().clear();
    builder.environment().putAll(spec.environment());
    if (spec.stdin().isEmpty()) {
      builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }
    try {
      return builder.start();
    } catch (IOException e) {
      throw new RunnerException(
          "cannot start "
              + spec.command().get(0)
              + " in "
              + spec.directory()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static void feed(Process process, Optional<String> stdin) {
    if (stdin.isEmpty()) {
      return;
    }
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.get().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The process closed its input early: what it does without it is its answer.
    }
  }

  private static Thread pump(InputStream stream, Consumer<String> lines, Object lock, String name) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                  synchronized (lock) {
                    lines.accept(line);
                  }
                }
              } catch (IOException e) {
                // The stream closed with the process.
              }
            },
            "runner-" + name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** SIGTERM to the tree (children first, so none is re-parented unseen), then SIGKILL. */
  static void killTree(Process process) {
    List<ProcessHandle> tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    Instant deadline = Instant.now().plus(GRACE);
    while (Instant.now().isBefore(deadline)
        && (process.isAlive() || tree.stream().anyMatch(ProcessHandle::isAlive))) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    tree.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
