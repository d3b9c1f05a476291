package dev.rehearsal.core.github;

/**
 * The {@code repository_visibility} claim: "internal, private, or public" (docs.github.com, "OpenID
 * Connect reference", custom claims table).
 */
public enum RepositoryVisibility {
  PUBLIC("public"),
  PRIVATE("private"),
  INTERNAL("internal");

  private final String claimValue;

  RepositoryVisibility(String claimValue) {
    this.claimValue = claimValue;
  }

  /** The value as it appears in the token. */
  public String claimValue() {
    return claimValue;
  }
}
