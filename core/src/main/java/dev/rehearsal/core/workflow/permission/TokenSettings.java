package dev.rehearsal.core.workflow.permission;

/**
 * The repository settings that shape a job's {@code GITHUB_TOKEN} besides the workflow file: the
 * default permissions, and "Send write tokens to workflows from pull requests" (off by default),
 * without which a pull request from a fork gets a read-only token.
 */
public record TokenSettings(DefaultPermissions defaults, boolean sendWriteTokensToForks) {
  /** GitHub's default for new repositories: restricted permissions, no write tokens for forks. */
  public static TokenSettings restricted() {
    return new TokenSettings(DefaultPermissions.RESTRICTED, false);
  }

  public static TokenSettings permissive() {
    return new TokenSettings(DefaultPermissions.PERMISSIVE, false);
  }
}
