package dev.rehearsal.core.github;

/**
 * The {@code ref_type} claim, derived from the full ref. A pull request's {@code refs/pull/N/merge}
 * is reported as {@code branch} in real tokens (github/actions-oidc-debugger README example: {@code
 * "ref": "refs/pull/27/merge", "ref_type": "branch"}).
 */
public enum RefType {
  BRANCH("branch"),
  TAG("tag");

  static final String HEADS = "refs/heads/";
  static final String TAGS = "refs/tags/";
  static final String PULL = "refs/pull/";

  private final String claimValue;

  RefType(String claimValue) {
    this.claimValue = claimValue;
  }

  /** The value as it appears in the token. */
  public String claimValue() {
    return claimValue;
  }

  /** The type of a full ref already accepted by {@link WorkflowRun}'s validation. */
  public static RefType of(String fullRef) {
    return fullRef.startsWith(TAGS) ? TAG : BRANCH;
  }
}
