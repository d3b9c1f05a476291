package dev.rehearsal.cli.page;

import java.util.Map;

/**
 * What each claim of GitHub's token means, for a reader (docs.github.com, "OpenID Connect
 * reference", "Understanding the OIDC token" and "Example subject claims"; RFC 7519 section 4.1 for
 * the registered claims).
 */
final class ClaimMeanings {
  private static final Map<String, String> MEANINGS =
      Map.ofEntries(
          Map.entry("jti", "unique id of this token (RFC 7519); nobody checks it in this flow"),
          Map.entry(
              "sub",
              "the subject: who the token is about, built from the repository and the job's"
                  + " context; what trust policies test most"),
          Map.entry(
              "aud",
              "the audience: who the token is for. configure-aws-credentials asks for"
                  + " sts.amazonaws.com; STS requires it among the provider's client ids"),
          Map.entry("iss", "the issuer: GitHub's token service; STS looks up the provider by it"),
          Map.entry("iat", "issued at (seconds since 1970)"),
          Map.entry("nbf", "not valid before (seconds since 1970)"),
          Map.entry("exp", "expires at (seconds since 1970): GitHub's tokens last 5 minutes"),
          Map.entry("ref", "the git ref the run is for: refs/heads/BRANCH, refs/tags/TAG…"),
          Map.entry("ref_type", "branch or tag"),
          Map.entry("ref_protected", "whether the ref has protection rules"),
          Map.entry("sha", "the commit the run is for"),
          Map.entry("repository", "OWNER/REPO the workflow runs in"),
          Map.entry("repository_id", "the repository's numeric id (survives renames)"),
          Map.entry("repository_owner", "the organisation or user owning the repository"),
          Map.entry("repository_owner_id", "the owner's numeric id (survives renames)"),
          Map.entry("repository_visibility", "public, private or internal"),
          Map.entry("actor", "the account that triggered the run"),
          Map.entry("actor_id", "that account's numeric id"),
          Map.entry("event_name", "the event that triggered the run: push, pull_request…"),
          Map.entry("base_ref", "pull requests: the branch merged into"),
          Map.entry("head_ref", "pull requests: the branch proposed"),
          Map.entry(
              "environment",
              "the job's deployment environment; when present it decides sub's last part"),
          Map.entry("environment_node_id", "the environment's node id"),
          Map.entry("workflow", "the workflow's name"),
          Map.entry("workflow_ref", "the workflow file that started the run, OWNER/REPO/PATH@REF"),
          Map.entry("workflow_sha", "the commit of that workflow file"),
          Map.entry(
              "job_workflow_ref",
              "the workflow file this job is defined in: a reusable workflow's when the job calls"
                  + " one; pins who may deploy better than the repository does"),
          Map.entry("job_workflow_sha", "the commit of that file"),
          Map.entry("run_id", "the run's id"),
          Map.entry("run_number", "the run's number in its workflow"),
          Map.entry("run_attempt", "which attempt of the run this is"),
          Map.entry("runner_environment", "github-hosted or self-hosted"),
          Map.entry("check_run_id", "the job's check run"),
          Map.entry("enterprise", "the enterprise owning the organisation, if any"),
          Map.entry("enterprise_id", "that enterprise's id"));

  private ClaimMeanings() {}

  static String of(String claim) {
    return MEANINGS.getOrDefault(claim, "a claim of GitHub's token");
  }
}
