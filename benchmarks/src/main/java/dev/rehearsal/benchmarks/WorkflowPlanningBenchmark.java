package dev.rehearsal.benchmarks;

import dev.rehearsal.core.expression.ContextAvailability;
import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.expression.Template;
import dev.rehearsal.core.expression.Values;
import dev.rehearsal.core.workflow.Job;
import dev.rehearsal.core.workflow.Step;
import dev.rehearsal.core.workflow.UsesStep;
import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.trigger.Event;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 15's goal: parsing and planning a workflow in milliseconds — the seed workflow read with
 * positions, its trigger matched against a push to main, the job's effective permissions, and every
 * {@code with} value of its steps evaluated with the contexts a runner gives them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkflowPlanningBenchmark {
  private final Event push = Event.push("refs/heads/main", List.of("Dockerfile"));
  private final Contexts contexts =
      Contexts.builder()
          .put(
              "secrets",
              Values.of(
                  Map.of(
                      "AWS_ACCOUNT_ID", "000000000000",
                      "AWS_ROLE_TO_PUSH_IMG", "GithubOIDCIAMRole",
                      "AWS_DEFAULT_REGION", "us-east-1")))
          .put("github", Values.of(Map.of("sha", "0123456789abcdef", "ref", "refs/heads/main")))
          .build();
  private String text;

  @Setup
  public void setUp() {
    text = Seed.resource("/seed/deploy.yml");
  }

  @Benchmark
  public int seedWorkflow_parseMatchAndEvaluate() {
    Workflow workflow = Workflow.parse(text);
    int evaluated = workflow.triggers().match(push).runs() ? 1 : 0;
    for (Job job : workflow.jobsInOrder()) {
      evaluated += workflow.effectivePermissions(job, push).grantsIdToken() ? 1 : 0;
      for (Step step : job.steps()) {
        if (step instanceof UsesStep uses) {
          for (var value : uses.with().values()) {
            evaluated +=
                Template.parse(value.source(), ContextAvailability.STEP_WITH.scope())
                    .evaluate(contexts)
                    .asString()
                    .length();
          }
        }
      }
    }
    return evaluated;
  }
}
