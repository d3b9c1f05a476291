package dev.rehearsal.core.github;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The claim set GitHub's OIDC provider puts in a job's token.
 *
 * <p>Every GitHub claim is a JSON string, numbers and booleans included ({@code "run_id":
 * "16055869479"}, {@code "ref_protected": "false"}); only {@code exp}, {@code iat} and {@code nbf}
 * are numbers (github/actions-oidc-debugger README). Claims come in alphabetical order, as in the
 * payload of real tokens since 2025 (the raw JWT in rgl/github-actions-validate-jwt's README begins
 * {@code {"actor":...,"actor_id":...,"aud":...,"base_ref":...}}). {@code base_ref} and {@code
 * head_ref} are present, empty, outside pull requests; {@code environment}, {@code check_run_id}
 * and {@code enterprise}/{@code enterprise_id} only when the run has them.
 */
public final class GitHubClaims {
  private GitHubClaims() {}

  /** The payload, in GitHub's order; {@code exp}, {@code iat}, {@code nbf} are {@link Long}s. */
  public static SortedMap<String, Object> of(TokenRequest request) {
    SortedMap<String, String> strings = stringClaims(request);
    TreeMap<String, Object> claims = new TreeMap<>(strings);
    claims.put("sub", SubjectClaim.of(request.run(), request.subjectTemplate(), strings));
    long iat = request.issuedAt().getEpochSecond();
    claims.put("iat", iat);
    claims.put("exp", iat + request.lifetime().toSeconds());
    claims.put("nbf", iat - request.notBeforeLeeway().toSeconds());
    return Collections.unmodifiableSortedMap(claims);
  }

  /** Every string claim but {@code sub}: the values a custom subject template can name. */
  static SortedMap<String, String> stringClaims(TokenRequest request) {
    TreeMap<String, String> claims = runClaims(request.run());
    claims.put("aud", request.audience());
    claims.put("iss", request.issuer());
    claims.put("jti", request.jti());
    return claims;
  }

  private static TreeMap<String, String> runClaims(WorkflowRun run) {
    TreeMap<String, String> claims = new TreeMap<>();
    claims.put("actor", run.actor());
    claims.put("actor_id", run.actorId());
    claims.put("base_ref", run.baseRef().orElse(""));
    claims.put("event_name", run.eventName());
    claims.put("head_ref", run.headRef().orElse(""));
    claims.put("job_workflow_ref", run.jobWorkflowRef());
    claims.put("job_workflow_sha", run.jobWorkflowSha());
    claims.put("ref", run.ref());
    claims.put("ref_protected", String.valueOf(run.refProtected()));
    claims.put("ref_type", run.refType().claimValue());
    claims.put("repository", run.repository());
    claims.put("repository_id", run.repositoryId());
    claims.put("repository_owner", run.repositoryOwner());
    claims.put("repository_owner_id", run.repositoryOwnerId());
    claims.put("repository_visibility", run.repositoryVisibility().claimValue());
    claims.put("run_attempt", run.runAttempt());
    claims.put("run_id", run.runId());
    claims.put("run_number", run.runNumber());
    claims.put("runner_environment", run.runnerEnvironment().claimValue());
    claims.put("sha", run.sha());
    claims.put("workflow", run.workflow());
    claims.put("workflow_ref", run.workflowRef());
    claims.put("workflow_sha", run.workflowSha());
    run.checkRunId().ifPresent(id -> claims.put("check_run_id", id));
    run.environment().ifPresent(name -> claims.put("environment", name));
    run.environmentNodeId().ifPresent(id -> claims.put("environment_node_id", id));
    run.enterprise().ifPresent(slug -> claims.put("enterprise", slug));
    run.enterpriseId().ifPresent(id -> claims.put("enterprise_id", id));
    return claims;
  }
}
