package dev.rehearsal.runner.job;

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
 */
public record Job(
    String id,
    WorkflowRun run,
    Permissions permissions,
    Map<String, String> env,
    Set<String> secrets,
    List<StepPlan> steps) {
  public Job {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(permissions, "permissions");
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    secrets = Set.copyOf(secrets);
    steps = List.copyOf(steps);
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
}
