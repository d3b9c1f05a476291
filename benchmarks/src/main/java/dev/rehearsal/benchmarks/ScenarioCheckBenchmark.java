package dev.rehearsal.benchmarks;

import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.scenario.Scenario;
import dev.rehearsal.core.scenario.ScenarioFile;
import dev.rehearsal.core.scenario.ScenarioResult;
import dev.rehearsal.core.scenario.ScenarioRunner;
import dev.rehearsal.core.scenario.StackTarget;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 5's goal: {@code rehearse check} of 100,000 scenarios against the seed template in under a
 * second once the JVM runs. One invocation runs the six seed scenarios (allowed, refused by the
 * trust policy, by the audience, by the lifetime; pull request; other repository), each through
 * claims, STS's checks and the ECR permission policies, as the command does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScenarioCheckBenchmark {
  private ScenarioRunner runner;
  private List<Scenario> scenarios;
  private final Instant now = Instant.now();

  @Setup
  public void setUp() {
    var stack =
        Template.parse(Seed.resource("/seed/stack.yaml"))
            .resolve(
                StackSettings.of("seed", "us-east-1", "123456789012", Map.of("GitHubOrg", "acme")));
    runner = new ScenarioRunner(StackTarget.of(stack, "123456789012", "us-east-1"));
    scenarios = ScenarioFile.parse("scenarios.yaml", Seed.resource("/seed/scenarios.yaml"));
    if (scenarios.size() != 6) {
      throw new IllegalStateException("expected the six seed scenarios, got " + scenarios.size());
    }
  }

  @Benchmark
  @OperationsPerInvocation(6)
  public void seedScenarios(Blackhole hole) {
    for (Scenario scenario : scenarios) {
      ScenarioResult result = runner.run(scenario, now);
      hole.consume(result);
    }
  }
}
