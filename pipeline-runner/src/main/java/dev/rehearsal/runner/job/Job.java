package dev.rehearsal.runner.job;

import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.runner.token.Permissions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job to run, its values already evaluated: its id, the run it belongs to (the identity its OIDC
 * tokens and {@code GITHUB_*} variables carry), its {@code permissions:}, its env context (the
 * workflow's and the job's {@code env:}), and its steps, each evaluated just before it runs.
 */
public record Job(
    String id,
    WorkflowRun run,
    Permissions permissions,
    Map<String, String> env,
    List<StepPlan> steps) {
  public Job {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(permissions, "permissions");
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    steps = List.copyOf(steps);
  }

  /** A job whose steps are all known before it starts. */
  public static Job of(
      String id,
      WorkflowRun run,
      Permissions permissions,
      Map<String, String> env,
      List<JobStep> steps) {
    return new Job(id, run, permissions, env, steps.stream().map(StepPlan::fixed).toList());
  }
}
