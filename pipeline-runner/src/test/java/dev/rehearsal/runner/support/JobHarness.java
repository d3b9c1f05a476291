package dev.rehearsal.runner.support;

import dev.rehearsal.core.expression.Value;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.job.ActionCatalog;
import dev.rehearsal.runner.job.Job;
import dev.rehearsal.runner.job.JobExecutor;
import dev.rehearsal.runner.job.JobReport;
import dev.rehearsal.runner.job.JobStep;
import dev.rehearsal.runner.job.RunnerSetup;
import dev.rehearsal.runner.job.StepAction;
import dev.rehearsal.runner.job.StepPlan;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.shell.ScriptStep;
import dev.rehearsal.runner.token.Permissions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A job of the acme/app repository run in {@code work} without a token issuer, with the given
 * actions, its log kept for the test to read.
 */
public final class JobHarness {
  private final Path work;
  private final ActionCatalog catalog;
  private final StringWriter log = new StringWriter();
  private Map<String, Value> contexts = Map.of();

  public JobHarness(Path work, ActionCatalog catalog) {
    this.work = work;
    this.catalog = catalog;
  }

  /** The job's expression contexts ({@link Job#contexts()}) for the next runs. */
  public JobHarness withContexts(Map<String, Value> values) {
    contexts = values;
    return this;
  }

  public JobReport run(StepPlan... steps) {
    RunnerSetup setup =
        new RunnerSetup(
            work,
            RunnerSetup.hostEnvironment(System.getenv()),
            catalog,
            Optional.empty(),
            Optional.empty(),
            false,
            new PrintWriter(log),
            new Cancellation());
    Job job =
        new Job(
            "build",
            WorkflowRun.builder().repository("acme/app").build(),
            Permissions.none(),
            Map.of("JOB_LEVEL", "from the job"),
            Set.of(),
            List.of(steps),
            contexts);
    return new JobExecutor(setup).run(job);
  }

  public String log() {
    return log.toString();
  }

  /** The job's workspace, where {@code ./path} actions are. */
  public Path workspace() {
    return work.resolve("app").resolve("app");
  }

  public static StepPlan uses(String name, String id, String action, Map<String, String> with) {
    return StepPlan.fixed(
        JobStep.of(
            name, Optional.ofNullable(id), new StepAction.Uses(ActionRef.parse(action), with)));
  }

  public static StepPlan script(String name, String script) {
    return StepPlan.fixed(
        JobStep.of(name, Optional.empty(), new StepAction.Run(ScriptStep.of(script))));
  }
}
