package dev.rehearsal.cli.check;

import dev.rehearsal.core.scenario.Scenario;
import dev.rehearsal.core.scenario.ScenarioResult;
import dev.rehearsal.core.scenario.ScenarioRunner;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs scenarios in file order, a batch at a time, each large batch on every core (scenarios are
 * independent and the runner is thread-safe). Only a batch of results lives at once unless the sink
 * keeps them: for 100,000 scenarios, keeping every decision trace until the end made the garbage
 * collector copy hundreds of megabytes.
 */
final class Batches {
  private static final int PARALLEL_FROM = 256;
  private static final int SIZE = 8192;

  private Batches() {}

  /**
   * Hands each batch's results, in order, to {@code sink}.
   *
   * @return the nanoseconds spent checking (not in {@code sink})
   */
  static long run(
      List<Scenario> scenarios,
      ScenarioRunner runner,
      Instant now,
      Consumer<List<ScenarioResult>> sink) {
    long checking = 0;
    for (int from = 0; from < scenarios.size(); from += SIZE) {
      List<Scenario> batch = scenarios.subList(from, Math.min(scenarios.size(), from + SIZE));
      long started = System.nanoTime();
      List<ScenarioResult> results =
          (batch.size() > PARALLEL_FROM ? batch.parallelStream() : batch.stream())
              .map(scenario -> runner.run(scenario, now))
              .toList();
      checking += System.nanoTime() - started;
      sink.accept(results);
    }
    return checking;
  }
}
