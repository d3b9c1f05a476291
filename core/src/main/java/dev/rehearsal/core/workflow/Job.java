package dev.rehearsal.core.workflow;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.matrix.Matrix;
import dev.rehearsal.core.workflow.permission.PermissionsDeclaration;
import dev.rehearsal.core.workflow.source.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job of the workflow ({@code jobs.<job_id>}), as written: values that GitHub evaluates at run
 * time ({@code if}, {@code name}, {@code runs-on}, {@code environment}, {@code env}, ...) stay
 * {@link Template}s for the runner.
 */
public record Job(
    String id,
    Optional<Template> name,
    RunsOn runsOn,
    List<String> needs,
    Optional<Template> condition,
    Map<String, Template> env,
    Map<String, Template> outputs,
    Optional<Environment> environment,
    Optional<Template> timeoutMinutes,
    Optional<Template> continueOnError,
    Optional<PermissionsDeclaration> permissions,
    Optional<ShellDefaults> defaults,
    Optional<Concurrency> concurrency,
    Optional<Strategy> strategy,
    List<Step> steps,
    Location location) {
  public Job {
    needs = List.copyOf(needs);
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    steps = List.copyOf(steps);
  }

  /** The job's matrix, if its strategy has one. */
  public Optional<Matrix> matrix() {
    return strategy.flatMap(Strategy::matrix);
  }

  /** The step whose {@code id} is {@code stepId}. */
  public Optional<Step> step(String stepId) {
    return steps.stream().filter(s -> s.id().filter(stepId::equals).isPresent()).findFirst();
  }
}
