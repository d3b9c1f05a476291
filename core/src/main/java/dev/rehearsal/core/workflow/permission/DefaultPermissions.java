package dev.rehearsal.core.workflow.permission;

/**
 * The repository's (or organization's, or enterprise's) default {@code GITHUB_TOKEN} permissions,
 * used when neither the workflow nor the job declares {@code permissions} (docs.github.com,
 * "GITHUB_TOKEN reference", "Permissions for the GITHUB_TOKEN", the permissive and restricted
 * columns).
 */
public enum DefaultPermissions {
  /** Read and write on every scope, {@code models: read}, no {@code id-token}. */
  PERMISSIVE,
  /** {@code contents: read}, {@code packages: read} (and {@code metadata: read}), nothing else. */
  RESTRICTED;

  public Permissions permissions() {
    return switch (this) {
      case PERMISSIVE ->
          Permissions.with(
              scope ->
                  switch (scope) {
                    case ID_TOKEN -> Access.NONE;
                    case MODELS, METADATA -> Access.READ;
                    default -> Access.WRITE;
                  });
      case RESTRICTED ->
          Permissions.with(
              scope ->
                  scope == Scope.CONTENTS || scope == Scope.PACKAGES ? Access.READ : Access.NONE);
    };
  }
}
