package dev.rehearsal.core.github;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the {@code sub} claim of a run's token (docs.github.com, "OpenID Connect reference",
 * "Example subject claims" and "Customizing the subject claims").
 */
public final class SubjectClaim {
  private SubjectClaim() {}

  /**
   * The subject for a run under a template; {@code claims} are the token's other claims as strings
   * (a custom template may name any of them).
   */
  public static String of(WorkflowRun run, SubjectTemplate template, Map<String, String> claims) {
    if (template.producesDefaultForm()) {
      return defaultForm(run);
    }
    return template.includeClaimKeys().stream()
        .map(key -> segment(key, run, claims))
        .collect(Collectors.joining(":"));
  }

  /** {@code repo:ORG/REPO:CONTEXT}, GitHub's default subject. */
  public static String defaultForm(WorkflowRun run) {
    // One builder for the whole subject rather than a concatenation per part: rehearse check
    // writes a subject for every token, 100,000 in a generated matrix.
    StringBuilder subject = new StringBuilder(capacity(run));
    appendRepoSegment(subject, run).append(':');
    return appendContext(subject, run).toString();
  }

  /** The default subject's length when no value has a ':' to escape: one array, copied once. */
  private static int capacity(WorkflowRun run) {
    int repo = run.repository().length();
    if (run.immutableSubject()) {
      repo += 2 + run.repositoryOwnerId().length() + run.repositoryId().length();
    }
    int context =
        run.environment().isPresent()
            ? "environment:".length() + run.environment().get().length()
            : "ref:".length() + run.ref().length();
    return "repo:".length() + repo + 1 + context;
  }

  /**
   * {@code repo:ORG/REPO}, or for a repository using immutable subjects {@code
   * repo:OWNER@OWNER_ID/REPO@REPO_ID}: the IDs "are always included in the repo segment ... even
   * when you customize claims" ("Immutable subject claims").
   */
  static String repoSegment(WorkflowRun run) {
    return appendRepoSegment(new StringBuilder(64), run).toString();
  }

  private static StringBuilder appendRepoSegment(StringBuilder out, WorkflowRun run) {
    out.append("repo:");
    if (!run.immutableSubject()) {
      return out.append(run.repository());
    }
    String repository = run.repository();
    int slash = repository.indexOf('/');
    return out.append(repository, 0, slash)
        .append('@')
        .append(run.repositoryOwnerId())
        .append('/')
        .append(repository, slash + 1, repository.length())
        .append('@')
        .append(run.repositoryId());
  }

  /**
   * The part after the repository, by precedence: an environment wins, then a {@code pull_request}
   * event, then the ref ("Filtering for a specific environment / pull_request events / branch /
   * tag": each later form applies "only if the job doesn't reference an environment, and if the
   * workflow is not triggered by a pull request event").
   */
  static String context(WorkflowRun run) {
    return appendContext(new StringBuilder(64), run).toString();
  }

  private static StringBuilder appendContext(StringBuilder out, WorkflowRun run) {
    if (run.environment().isPresent()) {
      return out.append("environment:").append(escape(run.environment().get()));
    }
    if (run.eventName().equals("pull_request")) {
      return out.append("pull_request");
    }
    return out.append("ref:").append(escape(run.ref()));
  }

  /** "Any {@code :} within the metadata values will be replaced with {@code %3A}." */
  static String escape(String value) {
    return value.replace(":", "%3A");
  }

  private static String segment(String key, WorkflowRun run, Map<String, String> claims) {
    switch (key) {
      case "repo":
        return repoSegment(run);
      case "context":
        return context(run);
      default:
        String value = claims.get(key);
        if (value == null) {
          throw missingEnvironment(key);
        }
        return key + ":" + escape(value);
    }
  }

  private static GitHubValidationException missingEnvironment(String key) {
    // Only the environment claims can be absent from a token; GitHub: "If the environment claim
    // is included (also via include_claim_keys), an environment is required and must be
    // provided" (OpenID Connect reference, custom claims table).
    return new GitHubValidationException(
        400,
        "The subject template includes '"
            + key
            + "', but the job references no environment: GitHub requires an environment for it",
        "https://docs.github.com/actions/reference/security/oidc");
  }
}
