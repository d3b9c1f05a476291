package dev.rehearsal.benchmarks;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Issue 2's goal: parsing and resolving the seed template under 5 ms once warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TemplateResolutionBenchmark {
  private final StackSettings settings =
      StackSettings.of("seed", "us-east-1", "123456789012", Map.of("GitHubOrg", "acme"));
  private String text;

  @Setup
  public void setUp() {
    text = Seed.resource("/seed/stack.yaml");
  }

  @Benchmark
  public ResolvedStack seedTemplate_parseAndResolve() {
    return Template.parse(text).resolve(settings);
  }
}
