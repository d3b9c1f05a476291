package dev.rehearsal.runner.action.composite;

import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.expression.JobStatus;
import dev.rehearsal.core.expression.ObjectValue;
import dev.rehearsal.core.expression.Value;
import dev.rehearsal.core.expression.Values;
import dev.rehearsal.runner.action.ActionContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a composite action's step expressions read, as the runner's {@code CompositeActionHandler}
 * sets it up: the job's contexts, a copy of {@code github} with {@code action_path} (the action's
 * folder) and {@code action_status} (the composite's status so far), the composite's {@code
 * inputs}, its own {@code steps} (each step with an id: its outputs, outcome and conclusion), and
 * the step's {@code env}. The status check functions read the composite's status.
 */
final class CompositeContexts {
  private final ActionContext context;
  private final Path actionPath;
  private final Map<String, Object> steps = new LinkedHashMap<>();
  private JobStatus status = JobStatus.SUCCESS;

  CompositeContexts(ActionContext context, Path actionPath) {
    this.context = context;
    this.actionPath = actionPath;
  }

  Contexts of(Map<String, String> envContext) {
    Contexts.Builder builder = Contexts.builder();
    context.expressionContexts().forEach(builder::put);
    builder.put("github", github());
    builder.put("inputs", Values.of(context.inputs()));
    builder.put("steps", Values.of(steps));
    builder.put("env", Values.of(envContext));
    JobStatus current = status;
    return builder.jobStatus(current).build();
  }

  private Value github() {
    ObjectValue.Builder github = ObjectValue.builder();
    Optional.ofNullable(context.expressionContexts().get("github"))
        .filter(ObjectValue.class::isInstance)
        .map(ObjectValue.class::cast)
        .ifPresent(job -> job.asMap().forEach(github::put));
    github.put("action_path", Value.of(actionPath.toString()));
    github.put("action_status", Value.of(status.name().toLowerCase(Locale.ROOT)));
    return github.build();
  }

  /** A step has run or been skipped: its {@code steps} entry, and the composite's status. */
  void record(
      Optional<String> id, Outcome outcome, Outcome conclusion, Map<String, String> outputs) {
    id.ifPresent(
        name ->
            steps.put(
                name,
                Map.of(
                    "outputs", outputs,
                    "outcome", outcome.value(),
                    "conclusion", conclusion.value())));
    if (conclusion == Outcome.CANCELLED) {
      status = JobStatus.CANCELLED;
    } else if (conclusion == Outcome.FAILURE && status == JobStatus.SUCCESS) {
      status = JobStatus.FAILURE;
    }
  }

  JobStatus status() {
    return status;
  }
}
