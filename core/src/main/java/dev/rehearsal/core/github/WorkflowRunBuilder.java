package dev.rehearsal.core.github;

import java.util.Optional;

/**
 * Builds a {@link WorkflowRun}. The defaults describe the seed's workflow ({@code
 * examples/seed/deploy.yml}): a push to {@code main} of a private repository, run on a
 * GitHub-hosted runner. {@code workflow_ref}, {@code job_workflow_ref} and their SHAs follow the
 * repository, ref and commit unless set, the way they coincide in a job that calls no reusable
 * workflow (every example token in github/actions-oidc-debugger's README).
 */
public final class WorkflowRunBuilder {
  private String repository = RunDefaults.REPOSITORY;
  private String repositoryId = RunDefaults.REPOSITORY_ID;
  private String repositoryOwnerId = RunDefaults.REPOSITORY_OWNER_ID;
  private RepositoryVisibility repositoryVisibility = RepositoryVisibility.PRIVATE;
  private String ref = RunDefaults.REF;
  private boolean refProtected;
  private String sha = RunDefaults.SHA;
  private String eventName = RunDefaults.EVENT;
  private String baseRef;
  private String headRef;
  private String environment;
  private String environmentNodeId;
  private String actor = RunDefaults.ACTOR;
  private String actorId = RunDefaults.ACTOR_ID;
  private String workflow = RunDefaults.WORKFLOW;
  private String workflowPath = RunDefaults.WORKFLOW_PATH;
  private String workflowRef;
  private String workflowSha;
  private String jobWorkflowRef;
  private String jobWorkflowSha;
  private String runId = RunDefaults.RUN_ID;
  private String runNumber = RunDefaults.RUN_NUMBER;
  private String runAttempt = RunDefaults.RUN_ATTEMPT;
  private RunnerEnvironment runnerEnvironment = RunnerEnvironment.GITHUB_HOSTED;
  private String checkRunId = RunDefaults.CHECK_RUN_ID;
  private String enterprise;
  private String enterpriseId;
  private boolean immutableSubject;

  WorkflowRunBuilder() {}

  public WorkflowRunBuilder repository(String value) {
    repository = value;
    return this;
  }

  public WorkflowRunBuilder repositoryId(String value) {
    repositoryId = value;
    return this;
  }

  public WorkflowRunBuilder repositoryOwnerId(String value) {
    repositoryOwnerId = value;
    return this;
  }

  public WorkflowRunBuilder repositoryVisibility(RepositoryVisibility value) {
    repositoryVisibility = value;
    return this;
  }

  public WorkflowRunBuilder ref(String value) {
    ref = value;
    return this;
  }

  public WorkflowRunBuilder refProtected(boolean value) {
    refProtected = value;
    return this;
  }

  public WorkflowRunBuilder sha(String value) {
    sha = value;
    return this;
  }

  public WorkflowRunBuilder eventName(String value) {
    eventName = value;
    return this;
  }

  /**
   * A {@code pull_request} run: its event, its merge ref and the branches GitHub reports in {@code
   * base_ref} (target) and {@code head_ref} (source).
   */
  public WorkflowRunBuilder pullRequest(int number, String base, String head) {
    eventName = "pull_request";
    ref = RefType.PULL + number + "/merge";
    baseRef = base;
    headRef = head;
    return this;
  }

  public WorkflowRunBuilder baseRef(String value) {
    baseRef = value;
    return this;
  }

  public WorkflowRunBuilder headRef(String value) {
    headRef = value;
    return this;
  }

  public WorkflowRunBuilder environment(String value) {
    environment = value;
    return this;
  }

  public WorkflowRunBuilder environmentNodeId(String value) {
    environmentNodeId = value;
    return this;
  }

  public WorkflowRunBuilder actor(String value) {
    actor = value;
    return this;
  }

  public WorkflowRunBuilder actorId(String value) {
    actorId = value;
    return this;
  }

  public WorkflowRunBuilder workflow(String value) {
    workflow = value;
    return this;
  }

  /** The workflow file, used to derive {@code workflow_ref} when that is not set. */
  public WorkflowRunBuilder workflowPath(String value) {
    workflowPath = value;
    return this;
  }

  public WorkflowRunBuilder workflowRef(String value) {
    workflowRef = value;
    return this;
  }

  public WorkflowRunBuilder workflowSha(String value) {
    workflowSha = value;
    return this;
  }

  public WorkflowRunBuilder jobWorkflowRef(String value) {
    jobWorkflowRef = value;
    return this;
  }

  public WorkflowRunBuilder jobWorkflowSha(String value) {
    jobWorkflowSha = value;
    return this;
  }

  public WorkflowRunBuilder runId(String value) {
    runId = value;
    return this;
  }

  public WorkflowRunBuilder runNumber(String value) {
    runNumber = value;
    return this;
  }

  public WorkflowRunBuilder runAttempt(String value) {
    runAttempt = value;
    return this;
  }

  public WorkflowRunBuilder runnerEnvironment(RunnerEnvironment value) {
    runnerEnvironment = value;
    return this;
  }

  /** The job's check run id; {@code null} for a token from before GitHub added the claim. */
  public WorkflowRunBuilder checkRunId(String value) {
    checkRunId = value;
    return this;
  }

  /** The enterprise owning the repository: its slug and numeric id, or both {@code null}. */
  public WorkflowRunBuilder enterprise(String slug, String id) {
    enterprise = slug;
    enterpriseId = id;
    return this;
  }

  public WorkflowRunBuilder immutableSubject(boolean value) {
    immutableSubject = value;
    return this;
  }

  /** The run; throws {@link GitHubValidationException} naming the first invalid field. */
  public WorkflowRun build() {
    String effectiveWorkflowRef =
        workflowRef != null
            ? workflowRef
            // A builder rather than +: with C1 only, the concatenation's method handles cost more.
            // Like +, it writes a null value as "null", which validation then names.
            // Sized exactly (an escape-free ref): one array, copied once by toString.
            : new StringBuilder(
                    textLength(repository) + textLength(workflowPath) + textLength(ref) + 2)
                .append(repository)
                .append('/')
                .append(workflowPath)
                .append('@')
                .append(ref)
                .toString();
    String effectiveWorkflowSha = workflowSha != null ? workflowSha : sha;
    // One object for equal refs (the usual job, which calls no reusable workflow): validation
    // then checks it once.
    String effectiveJobWorkflowRef =
        jobWorkflowRef == null || jobWorkflowRef.equals(effectiveWorkflowRef)
            ? effectiveWorkflowRef
            : jobWorkflowRef;
    return new WorkflowRun(
        repository,
        repositoryId,
        repositoryOwnerId,
        repositoryVisibility,
        ref,
        refProtected,
        sha,
        eventName,
        Optional.ofNullable(baseRef),
        Optional.ofNullable(headRef),
        Optional.ofNullable(environment),
        Optional.ofNullable(environmentNodeId),
        actor,
        actorId,
        workflow,
        effectiveWorkflowRef,
        effectiveWorkflowSha,
        effectiveJobWorkflowRef,
        jobWorkflowSha != null ? jobWorkflowSha : effectiveWorkflowSha,
        runId,
        runNumber,
        runAttempt,
        runnerEnvironment,
        checkRunId == RunDefaults.CHECK_RUN_ID
            ? RunDefaults.CHECK_RUN_ID_CLAIM
            : Optional.ofNullable(checkRunId),
        Optional.ofNullable(enterprise),
        Optional.ofNullable(enterpriseId),
        immutableSubject);
  }

  /** The length {@code append} gives a value: "null" for null. */
  private static int textLength(String value) {
    return value == null ? 4 : value.length();
  }
}
