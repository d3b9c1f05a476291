package dev.rehearsal.cli.check;

import dev.rehearsal.core.scenario.Scenario;
import dev.rehearsal.core.scenario.ScenarioResult;
import dev.rehearsal.core.scenario.ScenarioRunner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs scenarios a chunk at a time on every core (scenarios are independent and the runner is
 * thread-safe), and hands each chunk's output to a sink in file order while later chunks are being
 * checked. A chunk's results are turned into its output ({@code work}, e.g. its lines of the text
 * report) on the core that checked it, so that only the outputs live on: for 100,000 scenarios,
 * keeping every decision trace until the end made the garbage collector copy hundreds of megabytes.
 * A fixed pool of one thread per core, each taking the next chunk, cost less than parallel streams'
 * splitting and joining of each batch.
 */
final class Batches {
  private static final int PARALLEL_FROM = 256;
  private static final int CHUNK = 2048;

  private Batches() {}

  /**
   * Checks every scenario, turns each chunk's results into an output with {@code work}, and hands
   * the outputs, in order, to {@code sink} on the calling thread.
   *
   * @return the nanoseconds spent checking (all of it but the time in {@code sink})
   */
  static <T> long run(
      List<Scenario> scenarios,
      ScenarioRunner runner,
      Instant now,
      Function<List<ScenarioResult>, T> work,
      Consumer<T> sink) {
    long started = System.nanoTime();
    if (scenarios.size() <= PARALLEL_FROM) {
      T output = work.apply(check(scenarios, runner, now));
      long checking = System.nanoTime() - started;
      sink.accept(output);
      return checking;
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "rehearse-check");
              thread.setDaemon(true);
              return thread;
            });
    long sinking = 0;
    try {
      List<Future<T>> outputs = new ArrayList<>();
      for (int from = 0; from < scenarios.size(); from += CHUNK) {
        List<Scenario> chunk = scenarios.subList(from, Math.min(scenarios.size(), from + CHUNK));
        outputs.add(pool.submit(() -> work.apply(check(chunk, runner, now))));
      }
      for (Future<T> output : outputs) {
        T value = await(output);
        long sinkStarted = System.nanoTime();
        sink.accept(value);
        sinking += System.nanoTime() - sinkStarted;
      }
    } finally {
      pool.shutdownNow();
    }
    return System.nanoTime() - started - sinking;
  }

  /** Checks the scenarios in order, on the calling thread. */
  static List<ScenarioResult> check(List<Scenario> scenarios, ScenarioRunner runner, Instant now) {
    List<ScenarioResult> results = new ArrayList<>(scenarios.size());
    for (Scenario scenario : scenarios) {
      results.add(runner.run(scenario, now));
    }
    return results;
  }

  /** A chunk's output; what a chunk threw is thrown here, as it would have been in sequence. */
  private static <T> T await(Future<T> output) {
    try {
      return output.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking scenarios", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
