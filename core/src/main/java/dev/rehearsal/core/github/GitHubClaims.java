package dev.rehearsal.core.github;

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
  /** The claims every token carries; 5 more when the run has them. */
  private static final int ALWAYS = 30;

  private GitHubClaims() {}

  /** The payload, in GitHub's order; {@code exp}, {@code iat}, {@code nbf} are {@link Long}s. */
  public static SortedMap<String, Object> of(TokenRequest request) {
    return ordered(request).toMap();
  }

  /**
   * The payload as {@link #of} gives it, as arrays in the same order: what a caller that builds a
   * token per request and reads a few claims of it ({@code rehearse check}) needs, for a fraction
   * of a sorted map's cost.
   */
  public static TokenClaims ordered(TokenRequest request) {
    String sub =
        request.subjectTemplate().producesDefaultForm()
            ? SubjectClaim.defaultForm(request.run())
            : SubjectClaim.of(request.run(), request.subjectTemplate(), stringClaims(request));
    return claims(request, sub);
  }

  /** Every string claim but {@code sub}: the values a custom subject template can name. */
  static SortedMap<String, String> stringClaims(TokenRequest request) {
    TreeMap<String, String> strings = new TreeMap<>();
    claims(request, null)
        .forEach(
            (name, value) -> {
              if (value instanceof String text) {
                strings.put(name, text);
              }
            });
    return strings;
  }

  private static int present(String claim) {
    return claim != null ? 1 : 0;
  }

  /**
   * The claims, written in alphabetical order (a property pins that the names ascend); {@code sub}
   * left out when null.
   */
  private static TokenClaims claims(TokenRequest request, String sub) {
    WorkflowRun run = request.run();
    long iat = request.issuedAt().getEpochSecond();
    // Each optional claim read once, as a value or null.
    String checkRunId = run.checkRunId().orElse(null);
    String enterprise = run.enterprise().orElse(null);
    String enterpriseId = run.enterpriseId().orElse(null);
    String environment = run.environment().orElse(null);
    String environmentNodeId = run.environmentNodeId().orElse(null);
    int optional =
        present(checkRunId)
            + present(enterprise)
            + present(enterpriseId)
            + present(environment)
            + present(environmentNodeId);
    TokenClaims.Builder claims = new TokenClaims.Builder(ALWAYS + optional - (sub == null ? 1 : 0));
    claims
        .add("actor", run.actor())
        .add("actor_id", run.actorId())
        .add("aud", request.audience())
        .add("base_ref", run.baseRef().orElse(""))
        .addPresent("check_run_id", checkRunId)
        .addPresent("enterprise", enterprise)
        .addPresent("enterprise_id", enterpriseId)
        .addPresent("environment", environment)
        .addPresent("environment_node_id", environmentNodeId)
        .add("event_name", run.eventName())
        .add("exp", iat + request.lifetime().toSeconds())
        .add("head_ref", run.headRef().orElse(""))
        .add("iat", iat)
        .add("iss", request.issuer())
        .add("job_workflow_ref", run.jobWorkflowRef())
        .add("job_workflow_sha", run.jobWorkflowSha())
        .add("jti", request.jti())
        .add("nbf", iat - request.notBeforeLeeway().toSeconds())
        .add("ref", run.ref())
        .add("ref_protected", String.valueOf(run.refProtected()))
        .add("ref_type", run.refType().claimValue())
        .add("repository", run.repository())
        .add("repository_id", run.repositoryId())
        .add("repository_owner", run.repositoryOwner())
        .add("repository_owner_id", run.repositoryOwnerId())
        .add("repository_visibility", run.repositoryVisibility().claimValue())
        .add("run_attempt", run.runAttempt())
        .add("run_id", run.runId())
        .add("run_number", run.runNumber())
        .add("runner_environment", run.runnerEnvironment().claimValue())
        .add("sha", run.sha());
    if (sub != null) {
      claims.add("sub", sub);
    }
    return claims
        .add("workflow", run.workflow())
        .add("workflow_ref", run.workflowRef())
        .add("workflow_sha", run.workflowSha())
        .build();
  }
}
