package dev.rehearsal.core.github;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The checks a {@link WorkflowRun} passes before it can stand for a real run: each value must be
 * one GitHub could have put in a token. Each failure names the claim, the value and what was
 * expected.
 */
final class WorkflowRunValidation {
  private static final Set<String> PULL_REQUEST_EVENTS =
      Set.of("pull_request", "pull_request_target");
  private static final String ID_EXPECTED = "a positive decimal number without leading zeros";
  private static final String SHA_EXPECTED = "a commit SHA of 40 (or 64) lowercase hex digits";

  private WorkflowRunValidation() {}

  static void validate(WorkflowRun run) {
    validateRepository(run);
    validateRefAndEvent(run);
    validateWorkflow(run);
    validateRunAndActor(run);
    validateOptionalClaims(run);
  }

  private static void validateRepository(WorkflowRun run) {
    check(
        "repository",
        run.repository(),
        RunSyntax::repository,
        "OWNER/NAME, e.g. octo-org/octo-repo");
    if (run.repository().endsWith("/.") || run.repository().endsWith("/..")) {
      throw GitHubValidationException.invalidInput(
          "repository", run.repository(), "a repository name other than '.' or '..'");
    }
    check(
        "repository_id", run.repositoryId(), RunDefaults.REPOSITORY_ID, RunSyntax::id, ID_EXPECTED);
    check(
        "repository_owner_id",
        run.repositoryOwnerId(),
        RunDefaults.REPOSITORY_OWNER_ID,
        RunSyntax::id,
        ID_EXPECTED);
  }

  private static void validateRefAndEvent(WorkflowRun run) {
    check(
        "ref",
        run.ref(),
        RunSyntax::ref,
        "a full ref: refs/heads/BRANCH, refs/tags/TAG or refs/pull/N/merge");
    check("sha", run.sha(), RunDefaults.SHA, RunSyntax::sha, SHA_EXPECTED);
    check("event_name", run.eventName(), RunSyntax::event, "a workflow event name such as push");
    if (!WorkflowEvents.known(run.eventName())) {
      throw GitHubValidationException.invalidInput(
          "event_name",
          run.eventName(),
          "an event that triggers GitHub workflows"
              + WorkflowEvents.closest(run.eventName())
                  .map(c -> " (did you mean " + c + "?)")
                  .orElse("")
              + ", one of "
              + String.join(", ", WorkflowEvents.NAMES));
    }
    // GitHub fills base_ref and head_ref only for pull_request and pull_request_target events
    // (docs.github.com, "Contexts reference", github.base_ref and github.head_ref).
    boolean pullRequest = PULL_REQUEST_EVENTS.contains(run.eventName());
    checkPresentExactlyWhen(pullRequest, "base_ref", run.baseRef());
    checkPresentExactlyWhen(pullRequest, "head_ref", run.headRef());
    if (pullRequest) {
      checkNotBlank("base_ref", run.baseRef().get());
      checkNotBlank("head_ref", run.headRef().get());
    }
  }

  private static void validateWorkflow(WorkflowRun run) {
    if (run.workflow() != RunDefaults.WORKFLOW) {
      checkNotBlank("workflow", run.workflow());
    }
    String refExpected =
        "OWNER/REPO/PATH@FULL_REF, e.g. octo-org/octo-repo/.github/workflows/"
            + "deploy.yml@refs/heads/main";
    check("workflow_ref", run.workflowRef(), RunSyntax::workflowRef, refExpected);
    // A value that is the object already checked above passes again.
    check("workflow_sha", run.workflowSha(), run.sha(), RunSyntax::sha, SHA_EXPECTED);
    check(
        "job_workflow_ref",
        run.jobWorkflowRef(),
        run.workflowRef(),
        RunSyntax::workflowRef,
        refExpected);
    check(
        "job_workflow_sha", run.jobWorkflowSha(), run.workflowSha(), RunSyntax::sha, SHA_EXPECTED);
  }

  private static void validateRunAndActor(WorkflowRun run) {
    check(
        "actor",
        run.actor(),
        RunDefaults.ACTOR,
        RunSyntax::actor,
        "a GitHub login, or an app's NAME[bot]");
    check("actor_id", run.actorId(), RunDefaults.ACTOR_ID, RunSyntax::id, ID_EXPECTED);
    check("run_id", run.runId(), RunDefaults.RUN_ID, RunSyntax::id, ID_EXPECTED);
    check("run_number", run.runNumber(), RunDefaults.RUN_NUMBER, RunSyntax::id, ID_EXPECTED);
    check("run_attempt", run.runAttempt(), RunDefaults.RUN_ATTEMPT, RunSyntax::id, ID_EXPECTED);
  }

  private static void validateOptionalClaims(WorkflowRun run) {
    run.checkRunId()
        .ifPresent(
            id -> check("check_run_id", id, RunDefaults.CHECK_RUN_ID, RunSyntax::id, ID_EXPECTED));
    run.environment().ifPresent(name -> checkNotBlank("environment", name));
    if (run.environmentNodeId().isPresent() && run.environment().isEmpty()) {
      throw GitHubValidationException.invalidInput(
          "environment_node_id", run.environmentNodeId().get(), "no value when no environment");
    }
    run.environmentNodeId().ifPresent(id -> checkNotBlank("environment_node_id", id));
    if (run.enterprise().isPresent() != run.enterpriseId().isPresent()) {
      throw GitHubValidationException.invalidInput(
          "enterprise", run.enterprise().orElse(null), "enterprise and enterprise_id together");
    }
    run.enterprise().ifPresent(slug -> checkNotBlank("enterprise", slug));
    run.enterpriseId().ifPresent(id -> check("enterprise_id", id, RunSyntax::id, ID_EXPECTED));
  }

  private static void check(String field, String value, Predicate<String> valid, String expected) {
    if (value == null || !valid.test(value)) {
      throw GitHubValidationException.invalidInput(field, value, expected);
    }
  }

  /**
   * As {@link #check(String, String, Predicate, String)}, passing at once a value that is the very
   * object {@code checked}: a default ({@link RunDefaults}) or a value checked just before.
   */
  private static void check(
      String field, String value, String checked, Predicate<String> valid, String expected) {
    if (value != checked) {
      check(field, value, valid, expected);
    }
  }

  private static void checkNotBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw GitHubValidationException.invalidInput(field, value, "a non-blank value");
    }
  }

  private static void checkPresentExactlyWhen(
      boolean required, String field, Optional<String> value) {
    if (required && value.isEmpty()) {
      throw GitHubValidationException.invalidInput(
          field, null, "a branch name for a pull_request or pull_request_target event");
    }
    if (!required && value.isPresent()) {
      throw GitHubValidationException.invalidInput(
          field,
          value.get(),
          "no value: GitHub sets it only for pull_request and pull_request_target events");
    }
  }
}
