package dev.rehearsal.core.expression;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where each context and special function may be used in a workflow: GitHub's "Context
 * availability" table ("Contexts reference"). "The listed contexts are only available for the given
 * workflow key, and may not be used anywhere else. Unless listed below, a function can be used
 * anywhere" (the built-in ones: {@link FunctionSpec#BUILT_IN}).
 */
public enum ContextAvailability {
  RUN_NAME("run-name", "github, inputs, vars", "None"),
  CONCURRENCY("concurrency", "github, inputs, vars", "None"),
  ENV("env", "github, secrets, inputs, vars", "None"),
  JOB_CONCURRENCY(
      "jobs.<job_id>.concurrency", "github, needs, strategy, matrix, inputs, vars", "None"),
  JOB_CONTAINER("jobs.<job_id>.container", "github, needs, strategy, matrix, vars, inputs", "None"),
  JOB_CONTAINER_CREDENTIALS(
      "jobs.<job_id>.container.credentials",
      "github, needs, strategy, matrix, env, vars, secrets, inputs",
      "None"),
  JOB_CONTAINER_ENV(
      "jobs.<job_id>.container.env.<env_id>",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, inputs",
      "None"),
  JOB_CONTAINER_IMAGE(
      "jobs.<job_id>.container.image", "github, needs, strategy, matrix, vars, inputs", "None"),
  JOB_CONTINUE_ON_ERROR(
      "jobs.<job_id>.continue-on-error", "github, needs, strategy, vars, matrix, inputs", "None"),
  JOB_DEFAULTS_RUN(
      "jobs.<job_id>.defaults.run", "github, needs, strategy, matrix, env, vars, inputs", "None"),
  JOB_ENV("jobs.<job_id>.env", "github, needs, strategy, matrix, vars, secrets, inputs", "None"),
  JOB_ENVIRONMENT(
      "jobs.<job_id>.environment", "github, needs, strategy, matrix, vars, inputs", "None"),
  JOB_ENVIRONMENT_URL(
      "jobs.<job_id>.environment.url",
      "github, needs, strategy, matrix, job, runner, env, vars, steps, inputs",
      "None"),
  JOB_IF("jobs.<job_id>.if", "github, needs, vars, inputs", "always, cancelled, success, failure"),
  JOB_NAME("jobs.<job_id>.name", "github, needs, strategy, matrix, vars, inputs", "None"),
  JOB_OUTPUTS(
      "jobs.<job_id>.outputs.<output_id>",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, steps, inputs",
      "None"),
  JOB_RUNS_ON("jobs.<job_id>.runs-on", "github, needs, strategy, matrix, vars, inputs", "None"),
  JOB_SECRETS(
      "jobs.<job_id>.secrets.<secrets_id>",
      "github, needs, strategy, matrix, secrets, inputs, vars",
      "None"),
  JOB_SERVICES("jobs.<job_id>.services", "github, needs, strategy, matrix, vars, inputs", "None"),
  JOB_SERVICES_CREDENTIALS(
      "jobs.<job_id>.services.<service_id>.credentials",
      "github, needs, strategy, matrix, env, vars, secrets, inputs",
      "None"),
  JOB_SERVICES_ENV(
      "jobs.<job_id>.services.<service_id>.env.<env_id>",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, inputs",
      "None"),
  STEP_CONTINUE_ON_ERROR(
      "jobs.<job_id>.steps.continue-on-error",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, steps, inputs",
      "hashFiles"),
  STEP_ENV(
      "jobs.<job_id>.steps.env",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, steps, inputs",
      "hashFiles"),
  STEP_IF(
      "jobs.<job_id>.steps.if",
      "github, needs, strategy, matrix, job, runner, env, vars, steps, inputs",
      "always, cancelled, success, failure, hashFiles"),
  STEP_NAME(
      "jobs.<job_id>.steps.name",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, steps, inputs",
      "hashFiles"),
  STEP_RUN(
      "jobs.<job_id>.steps.run",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, steps, inputs",
      "hashFiles"),
  STEP_TIMEOUT_MINUTES(
      "jobs.<job_id>.steps.timeout-minutes",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, steps, inputs",
      "hashFiles"),
  STEP_WITH(
      "jobs.<job_id>.steps.with",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, steps, inputs",
      "hashFiles"),
  STEP_WORKING_DIRECTORY(
      "jobs.<job_id>.steps.working-directory",
      "github, needs, strategy, matrix, job, runner, env, vars, secrets, steps, inputs",
      "hashFiles"),
  JOB_STRATEGY("jobs.<job_id>.strategy", "github, needs, vars, inputs", "None"),
  JOB_TIMEOUT_MINUTES(
      "jobs.<job_id>.timeout-minutes", "github, needs, strategy, matrix, vars, inputs", "None"),
  JOB_WITH("jobs.<job_id>.with.<with_id>", "github, needs, strategy, matrix, inputs, vars", "None"),
  WORKFLOW_CALL_INPUTS_DEFAULT(
      "on.workflow_call.inputs.<inputs_id>.default", "github, inputs, vars", "None"),
  WORKFLOW_CALL_OUTPUTS_VALUE(
      "on.workflow_call.outputs.<output_id>.value", "github, jobs, vars, inputs", "None");

  private final String workflowKey;
  private final List<String> contexts;
  private final List<FunctionSpec> specialFunctions;

  /** A row of the docs' table: the key, its contexts and its special functions, as listed. */
  ContextAvailability(String workflowKey, String contexts, String specialFunctions) {
    this.workflowKey = workflowKey;
    this.contexts = List.of(contexts.split(", "));
    this.specialFunctions =
        specialFunctions.equals("None")
            ? List.of()
            : Stream.of(specialFunctions.split(", "))
                .map(
                    name ->
                        FunctionSpec.KNOWN.stream()
                            .filter(spec -> spec.name().equals(name))
                            .findFirst()
                            .orElseThrow())
                .toList();
  }

  /** The key as the docs name it, e.g. {@code jobs.<job_id>.steps.if}. */
  public String workflowKey() {
    return workflowKey;
  }

  public List<String> contexts() {
    return contexts;
  }

  public List<FunctionSpec> specialFunctions() {
    return specialFunctions;
  }

  /** What an expression at this key may use. */
  public Scope scope() {
    return Scope.of(contexts, specialFunctions);
  }
}
