package dev.rehearsal.core.workflow.permission;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The access of a {@code GITHUB_TOKEN}, one level for every {@link Scope}. {@code metadata} is
 * always {@code read}.
 */
public record Permissions(Map<Scope, Access> access) {
  public Permissions {
    EnumMap<Scope, Access> all = new EnumMap<>(Scope.class);
    for (Scope scope : Scope.values()) {
      all.put(scope, access.getOrDefault(scope, Access.NONE));
    }
    all.put(Scope.METADATA, Access.READ);
    access = Map.copyOf(all);
  }

  /** Every scope {@code none} ({@code permissions: {}}), metadata still {@code read}. */
  public static Permissions none() {
    return new Permissions(Map.of());
  }

  /**
   * {@code read-all} or {@code write-all}: every scope at {@code level}, {@code models} at most
   * {@code read} (actions/runner, {@code WorkflowParser/Permissions.cs}: "Models must not have
   * higher permissions than Read"; {@code id-token} follows the level, so {@code read-all} gives no
   * ID token).
   */
  public static Permissions all(Access level) {
    return with(scope -> scope == Scope.MODELS ? level.atMost(Access.READ) : level);
  }

  /** Every scope at the level {@code levels} gives it. */
  static Permissions with(Function<Scope, Access> levels) {
    Map<Scope, Access> access = new EnumMap<>(Scope.class);
    for (Scope scope : Scope.values()) {
      access.put(scope, levels.apply(scope));
    }
    return new Permissions(access);
  }

  public Access get(Scope scope) {
    return access.get(scope);
  }

  /**
   * Whether a job with this token may ask GitHub's OIDC provider for an ID token: only {@code
   * id-token: write} makes the runner set {@code ACTIONS_ID_TOKEN_REQUEST_TOKEN} (docs.github.com,
   * "OpenID Connect", "Adding permissions settings").
   */
  public boolean grantsIdToken() {
    return get(Scope.ID_TOKEN) == Access.WRITE;
  }

  /** Each level capped by {@code max}'s level for the same scope. */
  public Permissions cappedBy(Permissions max) {
    return with(scope -> get(scope).atMost(max.get(scope)));
  }

  /** The scopes that are not {@code none}, e.g. {@code contents: read, id-token: write}. */
  @Override
  public String toString() {
    String granted =
        java.util.Arrays.stream(Scope.values())
            .filter(scope -> get(scope) != Access.NONE)
            .map(scope -> scope.yamlName() + ": " + get(scope).yamlName())
            .collect(Collectors.joining(", "));
    return "{" + granted + "}";
  }
}
