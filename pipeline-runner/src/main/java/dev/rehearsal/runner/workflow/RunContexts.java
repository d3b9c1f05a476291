package dev.rehearsal.runner.workflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.expression.HashFiles;
import dev.rehearsal.core.expression.JobStatus;
import dev.rehearsal.core.expression.Values;
import dev.rehearsal.runner.job.JobProgress;
import dev.rehearsal.runner.job.StepConclusion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The contexts of one job (GitHub Docs, "Contexts reference"): {@code github}, {@code vars}, {@code
 * secrets}, {@code inputs}, {@code matrix}, {@code strategy}, {@code needs}, {@code runner}, {@code
 * job}, {@code env} as the workflow and job set it; per step, {@code steps} from what the job has
 * done and {@code env} with the step's own.
 */
record RunContexts(
    ObjectNode github,
    Map<String, String> vars,
    Map<String, String> secrets,
    Map<String, String> inputs,
    Map<String, Object> matrix,
    Map<String, Object> strategy,
    Map<String, Object> needs,
    Map<String, String> env,
    Map<String, Object> runner,
    HashFiles hashFiles) {

  /** The contexts a job-level key sees, with {@code status} for its status functions. */
  Contexts job(Supplier<JobStatus> status) {
    return base(env).jobStatus(status).build();
  }

  /** The contexts a step's keys see, after the steps the job has run. */
  Contexts step(JobProgress progress, List<String> stepIds, Map<String, String> stepEnv) {
    Map<String, String> environment = new LinkedHashMap<>(env);
    environment.putAll(progress.env());
    environment.putAll(stepEnv);
    Map<String, Object> steps = new LinkedHashMap<>();
    for (String id : stepIds) {
      if (progress.outcome(id).isEmpty()) {
        continue;
      }
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("outputs", new LinkedHashMap<>(progress.outputs(id)));
      step.put("outcome", progress.outcome(id).map(RunContexts::name).orElse(null));
      step.put("conclusion", progress.conclusion(id).map(RunContexts::name).orElse(null));
      steps.put(id, step);
    }
    Map<String, Object> job = Map.of("status", progress.status().value());
    return base(environment)
        .put("steps", Values.of(steps))
        .put("job", Values.of(job))
        .jobStatus(() -> status(progress.status()))
        .build();
  }

  /** The contexts a job's {@code outputs} see once its steps ran: {@code steps} as they ended. */
  Contexts afterJob(Map<String, Object> steps, dev.rehearsal.runner.job.JobStatus status) {
    return base(env)
        .put("steps", Values.of(steps))
        .put("job", Values.of(Map.of("status", status.value())))
        .jobStatus(() -> status(status))
        .build();
  }

  /** The same contexts with the step's {@code env} added, for the step's own {@code env} values. */
  RunContexts withEnv(Map<String, String> more) {
    Map<String, String> environment = new LinkedHashMap<>(env);
    environment.putAll(more);
    return new RunContexts(
        github, vars, secrets, inputs, matrix, strategy, needs, environment, runner, hashFiles);
  }

  private Contexts.Builder base(Map<String, String> environment) {
    return Contexts.builder()
        .put("github", Values.fromJson(github))
        .put("vars", Values.of(vars))
        .put("secrets", Values.of(secrets))
        .put("inputs", Values.of(inputs))
        .put("matrix", Values.of(matrix))
        .put("strategy", Values.of(strategy))
        .put("needs", Values.of(needs))
        .put("env", Values.of(environment))
        .put("runner", Values.of(runner))
        .hashFiles(hashFiles);
  }

  static JobStatus status(dev.rehearsal.runner.job.JobStatus status) {
    return switch (status) {
      case SUCCESS -> JobStatus.SUCCESS;
      case FAILURE -> JobStatus.FAILURE;
      case CANCELLED -> JobStatus.CANCELLED;
    };
  }

  private static String name(StepConclusion conclusion) {
    return conclusion.value();
  }
}
