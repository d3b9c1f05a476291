package dev.rehearsal.core.github;

/**
 * The {@code runner_environment} claim: "github-hosted or self-hosted" (docs.github.com, "OpenID
 * Connect reference", custom claims table).
 */
public enum RunnerEnvironment {
  GITHUB_HOSTED("github-hosted"),
  SELF_HOSTED("self-hosted");

  private final String claimValue;

  RunnerEnvironment(String claimValue) {
    this.claimValue = claimValue;
  }

  /** The value as it appears in the token. */
  public String claimValue() {
    return claimValue;
  }
}
