package dev.rehearsal.core.github;

import java.util.Objects;
import java.util.Optional;

/**
 * One job of a GitHub Actions workflow run, described by what GitHub writes into the job's OIDC
 * token. Identifiers are kept as the decimal strings GitHub puts in the token ({@code "run_id":
 * "16055869479"}). {@code repository_owner} and {@code ref_type} are derived, as GitHub derives
 * them, from {@code repository} and {@code ref}.
 *
 * <p>{@code immutableSubject} says whether the repository uses the immutable subject form {@code
 * repo:OWNER@OWNER_ID/REPO@REPO_ID:...}: repositories created or renamed after 2026-07-15, or opted
 * in (docs.github.com, "OpenID Connect reference", "Immutable subject claims").
 */
public record WorkflowRun(
    String repository,
    String repositoryId,
    String repositoryOwnerId,
    RepositoryVisibility repositoryVisibility,
    String ref,
    boolean refProtected,
    String sha,
    String eventName,
    Optional<String> baseRef,
    Optional<String> headRef,
    Optional<String> environment,
    Optional<String> environmentNodeId,
    String actor,
    String actorId,
    String workflow,
    String workflowRef,
    String workflowSha,
    String jobWorkflowRef,
    String jobWorkflowSha,
    String runId,
    String runNumber,
    String runAttempt,
    RunnerEnvironment runnerEnvironment,
    Optional<String> checkRunId,
    Optional<String> enterprise,
    Optional<String> enterpriseId,
    boolean immutableSubject) {

  // Explicit so that validation sees the assigned fields; a compact constructor runs before.
  public WorkflowRun(
      String repository,
      String repositoryId,
      String repositoryOwnerId,
      RepositoryVisibility repositoryVisibility,
      String ref,
      boolean refProtected,
      String sha,
      String eventName,
      Optional<String> baseRef,
      Optional<String> headRef,
      Optional<String> environment,
      Optional<String> environmentNodeId,
      String actor,
      String actorId,
      String workflow,
      String workflowRef,
      String workflowSha,
      String jobWorkflowRef,
      String jobWorkflowSha,
      String runId,
      String runNumber,
      String runAttempt,
      RunnerEnvironment runnerEnvironment,
      Optional<String> checkRunId,
      Optional<String> enterprise,
      Optional<String> enterpriseId,
      boolean immutableSubject) {
    this.repository = repository;
    this.repositoryId = repositoryId;
    this.repositoryOwnerId = repositoryOwnerId;
    this.repositoryVisibility = repositoryVisibility;
    this.ref = ref;
    this.refProtected = refProtected;
    this.sha = sha;
    this.eventName = eventName;
    this.baseRef = baseRef;
    this.headRef = headRef;
    this.environment = environment;
    this.environmentNodeId = environmentNodeId;
    this.actor = actor;
    this.actorId = actorId;
    this.workflow = workflow;
    this.workflowRef = workflowRef;
    this.workflowSha = workflowSha;
    this.jobWorkflowRef = jobWorkflowRef;
    this.jobWorkflowSha = jobWorkflowSha;
    this.runId = runId;
    this.runNumber = runNumber;
    this.runAttempt = runAttempt;
    this.runnerEnvironment = runnerEnvironment;
    this.checkRunId = checkRunId;
    this.enterprise = enterprise;
    this.enterpriseId = enterpriseId;
    this.immutableSubject = immutableSubject;
    Objects.requireNonNull(repositoryVisibility, "repositoryVisibility");
    Objects.requireNonNull(baseRef, "baseRef");
    Objects.requireNonNull(headRef, "headRef");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(environmentNodeId, "environmentNodeId");
    Objects.requireNonNull(runnerEnvironment, "runnerEnvironment");
    Objects.requireNonNull(checkRunId, "checkRunId");
    Objects.requireNonNull(enterprise, "enterprise");
    Objects.requireNonNull(enterpriseId, "enterpriseId");
    WorkflowRunValidation.validate(this);
  }

  /** A builder whose defaults describe a push to {@code main}, like the seed's deploy workflow. */
  public static WorkflowRunBuilder builder() {
    return new WorkflowRunBuilder();
  }

  /** {@code repository_owner}: the part of {@code repository} before the slash. */
  public String repositoryOwner() {
    return repository.substring(0, repository.indexOf('/'));
  }

  /** The repository's name without its owner. */
  public String repositoryName() {
    return repository.substring(repository.indexOf('/') + 1);
  }

  /** {@code ref_type}, derived from {@code ref}. */
  public RefType refType() {
    return RefType.of(ref);
  }
}
