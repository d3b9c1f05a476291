package dev.rehearsal.core.workflow.permission;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.EnumMap;
import java.util.Map;

/**
 * A {@code permissions} key as written at the workflow's top level or in a job: {@code read-all},
 * {@code write-all}, or a mapping of scopes to levels ({@code {}} included), where "all of those
 * that are not specified are set to none" (docs.github.com, "Workflow syntax for GitHub Actions",
 * "Defining access for the GITHUB_TOKEN scopes").
 */
public record PermissionsDeclaration(Form form, Map<Scope, Access> declared, Location location) {
  public PermissionsDeclaration {
    declared = declared.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(declared));
  }

  /** How the permissions were written. */
  public enum Form {
    READ_ALL,
    WRITE_ALL,
    MAPPING
  }

  /** The token this declaration asks for. */
  public Permissions permissions() {
    return switch (form) {
      case READ_ALL -> Permissions.all(Access.READ);
      case WRITE_ALL -> Permissions.all(Access.WRITE);
      case MAPPING -> new Permissions(declared);
    };
  }
}
