package dev.rehearsal.runner.workflow;

import dev.rehearsal.core.expression.ContextAvailability;
import dev.rehearsal.core.expression.JobStatus;
import dev.rehearsal.core.expression.Value;
import dev.rehearsal.core.expression.Values;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.core.workflow.Job;
import dev.rehearsal.core.workflow.ShellDefaults;
import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.permission.EffectivePermissions;
import dev.rehearsal.core.workflow.permission.Scope;
import dev.rehearsal.runner.job.JobDirectories;
import dev.rehearsal.runner.job.StepPlan;
import dev.rehearsal.runner.token.Permissions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run of a job (one matrix combination) as the executor takes it: its run identity with the
 * job's {@code environment} (which the token's claims carry), its token permissions, its {@code
 * env}, the secrets to mask, and its steps planned for evaluation.
 */
final class JobPlanner {
  private final Workflow workflow;
  private final RunEvent event;
  private final RunSettings settings;
  private final Path work;

  JobPlanner(Workflow workflow, RunEvent event, RunSettings settings, Path work) {
    this.workflow = workflow;
    this.event = event;
    this.settings = settings;
    this.work = work;
  }

  /** What the planned run is, and the contexts its job-level values were evaluated with. */
  record Planned(dev.rehearsal.runner.job.Job job, RunContexts contexts) {}

  Planned plan(
      Job job,
      Map<String, Object> matrix,
      Map<String, Object> strategy,
      Map<String, Object> needs,
      EffectivePermissions permissions) {
    Map<String, String> secrets = event.fromFork() ? Map.of() : settings.secrets();
    String workflowName = workflow.name().map(t -> t.source()).orElse(settings.workflowPath());
    WorkflowRun preliminary = event.run(workflowName, settings.workflowPath(), Optional.empty());
    Path workspace = workspace(preliminary);
    RunContexts contexts =
        new RunContexts(
            GitHubContext.of(event, preliminary, job.id(), workspace, eventFile()),
            settings.vars(),
            secrets,
            event.inputs(),
            matrix,
            strategy,
            needs,
            Map.of(),
            runner(),
            new WorkspaceHashes(workspace));
    var status = contexts.job(() -> JobStatus.SUCCESS);
    Map<String, String> env =
        new LinkedHashMap<>(Evaluations.texts(workflow.env(), ContextAvailability.ENV, status));
    RunContexts withWorkflowEnv = contexts.withEnv(env);
    env.putAll(
        Evaluations.texts(
            job.env(), ContextAvailability.JOB_ENV, withWorkflowEnv.job(() -> JobStatus.SUCCESS)));
    RunContexts jobContexts = contexts.withEnv(env);
    Optional<String> environment =
        job.environment()
            .map(
                e ->
                    Evaluations.text(
                        e.name(),
                        ContextAvailability.JOB_ENVIRONMENT,
                        jobContexts.job(() -> JobStatus.SUCCESS)));
    WorkflowRun run = event.run(workflowName, settings.workflowPath(), environment);
    List<ShellDefaults> defaults =
        Stream.concat(job.defaults().stream(), workflow.defaults().stream()).toList();
    StepPlanner steps = new StepPlanner(jobContexts, job.steps(), defaults);
    List<StepPlan> plans = new ArrayList<>();
    job.steps().forEach(step -> plans.add(steps.plan(step)));
    Set<String> masked = new HashSet<>(secrets.values());
    masked.removeIf(String::isEmpty);
    // The contexts the runner evaluates by itself (composite actions, input defaults, pre-if and
    // post-if) are the job's own.
    Map<String, Value> own =
        Map.of(
            "github", Values.fromJson(jobContexts.github()),
            "strategy", Values.of(strategy),
            "matrix", Values.of(matrix),
            "vars", Values.of(settings.vars()),
            "secrets", Values.of(secrets),
            "inputs", Values.of(event.inputs()),
            "needs", Values.of(needs));
    return new Planned(
        new dev.rehearsal.runner.job.Job(job.id(), run, token(permissions), env, masked, plans)
            .withContexts(own),
        jobContexts);
  }

  /**
   * The contexts a job's {@code if} sees (GitHub Docs, "Context availability": {@code github},
   * {@code needs}, {@code vars}, {@code inputs}).
   */
  RunContexts beforeJob(Job job, Map<String, Object> needs) {
    String workflowName = workflow.name().map(t -> t.source()).orElse(settings.workflowPath());
    WorkflowRun run = event.run(workflowName, settings.workflowPath(), Optional.empty());
    return new RunContexts(
        GitHubContext.of(event, run, job.id(), workspace(run), eventFile()),
        settings.vars(),
        Map.of(),
        event.inputs(),
        Map.of(),
        Map.of(),
        needs,
        Map.of(),
        Map.of(),
        new WorkspaceHashes(workspace(run)));
  }

  /** Core's effective permissions as the token issuer's job registration takes them. */
  private static Permissions token(EffectivePermissions effective) {
    Map<String, String> scopes = new LinkedHashMap<>();
    for (Scope scope : Scope.values()) {
      if (scope.settable()) {
        scopes.put(scope.yamlName(), effective.get(scope).yamlName());
      }
    }
    return Permissions.of(scopes);
  }

  private Path workspace(WorkflowRun run) {
    return JobDirectories.workspaceOf(work, run);
  }

  private Path eventFile() {
    return work.toAbsolutePath().normalize().resolve("_temp/_github_workflow/event.json");
  }

  /** The {@code runner} context of a GitHub-hosted Linux runner. */
  private Map<String, Object> runner() {
    Path root = work.toAbsolutePath().normalize();
    Map<String, Object> runner = new LinkedHashMap<>();
    runner.put("name", "GitHub Actions (rehearsal)");
    runner.put("os", "Linux");
    runner.put("arch", "X64");
    runner.put("temp", root.resolve("_temp").toString());
    runner.put("tool_cache", root.resolve("_tool").toString());
    runner.put("environment", "github-hosted");
    runner.put("debug", "");
    return runner;
  }
}
