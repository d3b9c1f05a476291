package dev.rehearsal.runner.workflow;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.expression.ContextAvailability;
import dev.rehearsal.core.expression.JobStatus;
import dev.rehearsal.core.workflow.Job;
import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.matrix.Matrix;
import dev.rehearsal.core.workflow.matrix.MatrixCombination;
import dev.rehearsal.core.workflow.permission.EffectivePermissions;
import dev.rehearsal.core.workflow.trigger.TriggerMatch;
import dev.rehearsal.runner.RunnerException;
import dev.rehearsal.runner.job.JobExecutor;
import dev.rehearsal.runner.job.JobReport;
import dev.rehearsal.runner.job.RunnerSetup;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a workflow for one event as GitHub would: nothing when the event does not trigger it (and
 * why not); otherwise each job in {@code needs} order — skipped when its {@code if} is false (a
 * failed dependency makes the implied {@code success()} false), once per matrix combination — with
 * its outputs passed to the jobs that need it (GitHub Docs, "Using jobs in a workflow", "Passing
 * information between jobs").
 */
public final class WorkflowExecution {
  private final RunnerSetup setup;

  public WorkflowExecution(RunnerSetup setup) {
    this.setup = setup;
  }

  public RunReport run(Workflow workflow, RunEvent event, RunSettings settings) {
    PrintWriter out = setup.out();
    TriggerMatch match = workflow.triggers().match(event.trigger());
    if (!match.runs()) {
      out.println("The workflow does not run: " + match.reason());
      out.flush();
      return new RunReport(false, match.reason(), List.of());
    }
    JobPlanner planner = new JobPlanner(workflow, event, settings, setup.work());
    Map<String, JobResult> results = new LinkedHashMap<>();
    for (Job job : workflow.jobsInOrder()) {
      if (settings.onlyJob().filter(only -> !only.equals(job.id())).isPresent()) {
        continue;
      }
      JobResult result = runJob(workflow, job, event, planner, results);
      results.put(job.id(), result);
      out.println(
          "Job "
              + job.id()
              + ": "
              + result.result()
              + (result.reason() == null ? "" : " (" + result.reason() + ")"));
      out.flush();
    }
    if (settings.onlyJob().isPresent() && results.isEmpty()) {
      throw new RunnerException(
          "The workflow has no job '"
              + settings.onlyJob().get()
              + "'; its jobs are "
              + workflow.jobs().stream().map(Job::id).toList());
    }
    return new RunReport(true, match.reason(), List.copyOf(results.values()));
  }

  private JobResult runJob(
      Workflow workflow, Job job, RunEvent event, JobPlanner planner, Map<String, JobResult> done) {
    Map<String, Object> needs = needsContext(job, done);
    JobStatus needed = neededStatus(job, done);
    RunContexts ifContexts = planner.beforeJob(job, needs);
    boolean proceed;
    try {
      proceed =
          Evaluations.condition(
              job.condition(), ContextAvailability.JOB_IF, ifContexts.job(() -> needed));
    } catch (RehearsalException e) {
      return new JobResult(job.id(), "failure", e.getMessage(), List.of(), Map.of());
    }
    if (!proceed) {
      return JobResult.skipped(
          job.id(),
          job.condition().isPresent()
              ? "its if: " + job.condition().get().source() + " is false"
              : "a job it needs did not succeed");
    }
    EffectivePermissions permissions = workflow.effectivePermissions(job, event.trigger());
    List<MatrixCombination> combinations = combinations(job);
    List<JobReport> runs = new ArrayList<>();
    Map<String, String> outputs = new LinkedHashMap<>();
    String result = "success";
    for (int index = 0; index < combinations.size(); index++) {
      MatrixCombination combination = combinations.get(index);
      Map<String, Object> strategy = new LinkedHashMap<>();
      strategy.put("fail-fast", true);
      strategy.put("job-index", index);
      strategy.put("job-total", combinations.size());
      strategy.put("max-parallel", combinations.size());
      JobPlanner.Planned planned;
      try {
        planned =
            planner.plan(job, MatrixValues.context(combination), strategy, needs, permissions);
      } catch (RehearsalException e) {
        setup.out().println("Job " + job.id() + " could not be set up: " + e.getMessage());
        result = "failure";
        break;
      }
      setup
          .out()
          .println("▶ Job " + combination.displayName(job.id()) + permissionsLine(permissions));
      JobReport report = new JobExecutor(setup).run(planned.job());
      runs.add(report);
      outputs.putAll(JobOutputs.evaluate(job, report, planned.contexts(), setup.out()));
      if (report.status() != dev.rehearsal.runner.job.JobStatus.SUCCESS) {
        result = report.status().value();
        break;
      }
    }
    return new JobResult(job.id(), result, null, runs, outputs);
  }

  private static String permissionsLine(EffectivePermissions permissions) {
    return permissions.grantsIdToken()
        ? " (id-token: write: the job may request an OIDC token)"
        : " (no id-token: write: the job gets no OIDC token)";
  }

  private static List<MatrixCombination> combinations(Job job) {
    Optional<Matrix> matrix = job.matrix();
    if (matrix.isEmpty()) {
      return List.of(new MatrixCombination(Map.of(), List.of()));
    }
    if (matrix.get().needsEvaluation()) {
      throw new RunnerException(
          "The matrix of job '"
              + job.id()
              + "' is built from an expression, which this"
              + " rehearsal does not evaluate yet: write its values out");
    }
    return matrix.get().expand();
  }

  private static Map<String, Object> needsContext(Job job, Map<String, JobResult> done) {
    Map<String, Object> needs = new LinkedHashMap<>();
    for (String id : job.needs()) {
      JobResult result = done.get(id);
      Map<String, Object> need = new LinkedHashMap<>();
      need.put("result", result == null ? "skipped" : result.result());
      need.put("outputs", result == null ? Map.of() : result.outputs());
      needs.put(id, need);
    }
    return needs;
  }

  /**
   * A job's status functions see its dependencies: all succeeded, or one failed or was cancelled.
   */
  private static JobStatus neededStatus(Job job, Map<String, JobResult> done) {
    for (String id : job.needs()) {
      JobResult result = done.get(id);
      String value = result == null ? "skipped" : result.result();
      if (value.equals("cancelled")) {
        return JobStatus.CANCELLED;
      }
      if (!value.equals("success")) {
        return JobStatus.FAILURE;
      }
    }
    return JobStatus.SUCCESS;
  }
}
