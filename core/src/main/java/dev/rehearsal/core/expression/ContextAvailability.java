package dev.rehearsal.core.expression;

import java.util.List;

/**
 * Where each context and special function may be used in a workflow: GitHub's "Context
 * availability" table ("Contexts reference"). "The listed contexts are only available for the given
 * workflow key, and may not be used anywhere else. Unless listed below, a function can be used
 * anywhere" (the built-in ones: {@link FunctionSpec#BUILT_IN}).
 */
public enum ContextAvailability {
  RUN_NAME("run-name", List.of("github", "inputs", "vars"), List.of()),
  CONCURRENCY("concurrency", List.of("github", "inputs", "vars"), List.of()),
  ENV("env", List.of("github", "secrets", "inputs", "vars"), List.of()),
  JOB_CONCURRENCY(
      "jobs.<job_id>.concurrency",
      List.of("github", "needs", "strategy", "matrix", "inputs", "vars"),
      List.of()),
  JOB_CONTAINER(
      "jobs.<job_id>.container",
      List.of("github", "needs", "strategy", "matrix", "vars", "inputs"),
      List.of()),
  JOB_CONTAINER_CREDENTIALS(
      "jobs.<job_id>.container.credentials",
      List.of("github", "needs", "strategy", "matrix", "env", "vars", "secrets", "inputs"),
      List.of()),
  JOB_CONTAINER_ENV(
      "jobs.<job_id>.container.env.<env_id>",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "inputs"),
      List.of()),
  JOB_CONTAINER_IMAGE(
      "jobs.<job_id>.container.image",
      List.of("github", "needs", "strategy", "matrix", "vars", "inputs"),
      List.of()),
  JOB_CONTINUE_ON_ERROR(
      "jobs.<job_id>.continue-on-error",
      List.of("github", "needs", "strategy", "vars", "matrix", "inputs"),
      List.of()),
  JOB_DEFAULTS_RUN(
      "jobs.<job_id>.defaults.run",
      List.of("github", "needs", "strategy", "matrix", "env", "vars", "inputs"),
      List.of()),
  JOB_ENV(
      "jobs.<job_id>.env",
      List.of("github", "needs", "strategy", "matrix", "vars", "secrets", "inputs"),
      List.of()),
  JOB_ENVIRONMENT(
      "jobs.<job_id>.environment",
      List.of("github", "needs", "strategy", "matrix", "vars", "inputs"),
      List.of()),
  JOB_ENVIRONMENT_URL(
      "jobs.<job_id>.environment.url",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "steps",
          "inputs"),
      List.of()),
  JOB_IF(
      "jobs.<job_id>.if",
      List.of("github", "needs", "vars", "inputs"),
      List.of(
          FunctionSpec.ALWAYS, FunctionSpec.CANCELLED, FunctionSpec.SUCCESS, FunctionSpec.FAILURE)),
  JOB_NAME(
      "jobs.<job_id>.name",
      List.of("github", "needs", "strategy", "matrix", "vars", "inputs"),
      List.of()),
  JOB_OUTPUTS(
      "jobs.<job_id>.outputs.<output_id>",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "steps",
          "inputs"),
      List.of()),
  JOB_RUNS_ON(
      "jobs.<job_id>.runs-on",
      List.of("github", "needs", "strategy", "matrix", "vars", "inputs"),
      List.of()),
  JOB_SECRETS(
      "jobs.<job_id>.secrets.<secrets_id>",
      List.of("github", "needs", "strategy", "matrix", "secrets", "inputs", "vars"),
      List.of()),
  JOB_SERVICES(
      "jobs.<job_id>.services",
      List.of("github", "needs", "strategy", "matrix", "vars", "inputs"),
      List.of()),
  JOB_SERVICES_CREDENTIALS(
      "jobs.<job_id>.services.<service_id>.credentials",
      List.of("github", "needs", "strategy", "matrix", "env", "vars", "secrets", "inputs"),
      List.of()),
  JOB_SERVICES_ENV(
      "jobs.<job_id>.services.<service_id>.env.<env_id>",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "inputs"),
      List.of()),
  STEP_CONTINUE_ON_ERROR(
      "jobs.<job_id>.steps.continue-on-error",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "steps",
          "inputs"),
      List.of(FunctionSpec.HASH_FILES)),
  STEP_ENV(
      "jobs.<job_id>.steps.env",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "steps",
          "inputs"),
      List.of(FunctionSpec.HASH_FILES)),
  STEP_IF(
      "jobs.<job_id>.steps.if",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "steps",
          "inputs"),
      List.of(
          FunctionSpec.ALWAYS,
          FunctionSpec.CANCELLED,
          FunctionSpec.SUCCESS,
          FunctionSpec.FAILURE,
          FunctionSpec.HASH_FILES)),
  STEP_NAME(
      "jobs.<job_id>.steps.name",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "steps",
          "inputs"),
      List.of(FunctionSpec.HASH_FILES)),
  STEP_RUN(
      "jobs.<job_id>.steps.run",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "steps",
          "inputs"),
      List.of(FunctionSpec.HASH_FILES)),
  STEP_TIMEOUT_MINUTES(
      "jobs.<job_id>.steps.timeout-minutes",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "steps",
          "inputs"),
      List.of(FunctionSpec.HASH_FILES)),
  STEP_WITH(
      "jobs.<job_id>.steps.with",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "steps",
          "inputs"),
      List.of(FunctionSpec.HASH_FILES)),
  STEP_WORKING_DIRECTORY(
      "jobs.<job_id>.steps.working-directory",
      List.of(
          "github",
          "needs",
          "strategy",
          "matrix",
          "job",
          "runner",
          "env",
          "vars",
          "secrets",
          "steps",
          "inputs"),
      List.of(FunctionSpec.HASH_FILES)),
  JOB_STRATEGY("jobs.<job_id>.strategy", List.of("github", "needs", "vars", "inputs"), List.of()),
  JOB_TIMEOUT_MINUTES(
      "jobs.<job_id>.timeout-minutes",
      List.of("github", "needs", "strategy", "matrix", "vars", "inputs"),
      List.of()),
  JOB_WITH(
      "jobs.<job_id>.with.<with_id>",
      List.of("github", "needs", "strategy", "matrix", "inputs", "vars"),
      List.of()),
  WORKFLOW_CALL_INPUTS_DEFAULT(
      "on.workflow_call.inputs.<inputs_id>.default",
      List.of("github", "inputs", "vars"),
      List.of()),
  WORKFLOW_CALL_OUTPUTS_VALUE(
      "on.workflow_call.outputs.<output_id>.value",
      List.of("github", "jobs", "vars", "inputs"),
      List.of());

  private final String workflowKey;
  private final List<String> contexts;
  private final List<FunctionSpec> specialFunctions;

  ContextAvailability(
      String workflowKey, List<String> contexts, List<FunctionSpec> specialFunctions) {
    this.workflowKey = workflowKey;
    this.contexts = contexts;
    this.specialFunctions = specialFunctions;
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
