package dev.rehearsal.runner.job;

import dev.rehearsal.core.expression.Value;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.runner.token.Permissions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A job to run, its values already evaluated: its id, the run it belongs to (the identity its OIDC
 * tokens and {@code GITHUB_*} variables carry), its {@code permissions:}, its env context (the
 * workflow's and the job's {@code env:}), the values of its {@code secrets} context (masked in
 * everything the job prints from its start, as the runner masks a job's secrets), and its steps,
 * each evaluated just before it runs.
 *
 * <p>{@code contexts} are the job's expression contexts that do not change from step to step
 * ({@code github}, {@code strategy}, {@code matrix}, …), for what the runner itself evaluates:
 * composite actions' steps and outputs, actions' input defaults, {@code pre-if} and {@code
 * post-if}. Without a {@code github} one, the runner makes one from the run's {@code GITHUB_*}
 * variables and event; {@code runner} and {@code job} are always the runner's own.
 */
public record Job(
    String id,
    WorkflowRun run,
    Permissions permissions,
    Map<String, String> env,
    Set<String> secrets,
    List<StepPlan> steps,
    Map<String, Value> contexts) {
  public Job {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(permissions, "permissions");
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    secrets = Set.copyOf(secrets);
    steps = List.copyOf(steps);
    contexts = Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
  }

  /** A job whose expression contexts are the runner's defaults. */
  public Job(
      String id,
      WorkflowRun run,
      Permissions permissions,
      Map<String, String> env,
      Set<String> secrets,
      List<StepPlan> steps) {
    this(id, run, permissions, env, secrets, steps, Map.of());
  }

  /** A job without secrets whose steps are all known before it starts. */
  public static Job of(
      String id,
      WorkflowRun run,
      Permissions permissions,
      Map<String, String> env,
      List<JobStep> steps) {
    return new Job(
        id, run, permissions, env, Set.of(), steps.stream().map(StepPlan::fixed).toList());
  }

  /**
   * This job with {@code values} as its expression contexts ({@code github}, {@code matrix}, …).
   */
  public Job withContexts(Map<String, Value> values) {
    return new Job(id, run, permissions, env, secrets, steps, values);
  }
}
