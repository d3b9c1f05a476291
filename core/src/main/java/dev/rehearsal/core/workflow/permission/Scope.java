package dev.rehearsal.core.workflow.permission;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The scopes of the {@code GITHUB_TOKEN} (docs.github.com, "Workflow syntax for GitHub Actions",
 * "Defining access for the GITHUB_TOKEN scopes", and the workflow schema's {@code
 * permissions-mapping}), with the levels a workflow may give each: {@code id-token} is {@code
 * write} or {@code none} ("You won't be able to request the OIDC JWT ID token if the permissions
 * setting for id-token is set to read or none"), {@code models} {@code read} or {@code none}.
 * {@code metadata} is always {@code read} and cannot be set in a workflow ("GITHUB_TOKEN
 * reference", "Permissions for the GITHUB_TOKEN").
 */
public enum Scope {
  ACTIONS,
  ARTIFACT_METADATA,
  ATTESTATIONS,
  CHECKS,
  CONTENTS,
  DEPLOYMENTS,
  DISCUSSIONS,
  ID_TOKEN(EnumSet.of(Access.WRITE, Access.NONE)),
  ISSUES,
  METADATA(EnumSet.of(Access.READ)),
  MODELS(EnumSet.of(Access.READ, Access.NONE)),
  PACKAGES,
  PAGES,
  PULL_REQUESTS,
  REPOSITORY_PROJECTS,
  SECURITY_EVENTS,
  STATUSES;

  private final Set<Access> writable;

  Scope() {
    this(EnumSet.allOf(Access.class));
  }

  Scope(Set<Access> writable) {
    this.writable = writable;
  }

  /** The scope's key in a workflow's {@code permissions}, e.g. {@code id-token}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The levels a workflow may write for this scope. */
  public Set<Access> writable() {
    return writable;
  }

  /** Whether a workflow's {@code permissions} may name the scope ({@code metadata} may not). */
  public boolean settable() {
    return this != METADATA;
  }

  public static Optional<Scope> fromYaml(String key) {
    return Arrays.stream(values())
        .filter(s -> s.settable() && s.yamlName().equals(key))
        .findFirst();
  }
}
