package dev.rehearsal.core.workflow.permission;

import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.Values;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a {@code permissions} key, refusing unknown scopes and levels a scope cannot have. */
public final class PermissionsReader {
  private PermissionsReader() {}

  /** The {@code permissions} entry's declaration, located at its key. */
  public static PermissionsDeclaration read(Node.Entry entry) {
    PermissionsDeclaration declaration = read(entry.value());
    return new PermissionsDeclaration(
        declaration.form(), declaration.declared(), entry.key().location());
  }

  private static PermissionsDeclaration read(Node node) {
    if (node instanceof Node.Scalar scalar) {
      return switch (scalar.text()) {
        case "read-all" ->
            new PermissionsDeclaration(
                PermissionsDeclaration.Form.READ_ALL, Map.of(), node.location());
        case "write-all" ->
            new PermissionsDeclaration(
                PermissionsDeclaration.Form.WRITE_ALL, Map.of(), node.location());
        default ->
            throw WorkflowException.at(
                node,
                "Unexpected value '" + scalar.text() + "'",
                "permissions is read-all, write-all or a mapping of scopes to read, write or none");
      };
    }
    Node.Mapping mapping =
        Values.mapping(node, "permissions is read-all, write-all or a mapping of scopes");
    Map<Scope, Access> declared = new EnumMap<>(Scope.class);
    for (Node.Entry entry : mapping.entries()) {
      Scope scope =
          Scope.fromYaml(entry.name())
              .orElseThrow(
                  () ->
                      WorkflowException.at(
                          entry.key(),
                          "Unexpected value '" + entry.name() + "'",
                          "the scopes are " + scopes()));
      declared.put(scope, level(scope, entry.value()));
    }
    return new PermissionsDeclaration(
        PermissionsDeclaration.Form.MAPPING, declared, node.location());
  }

  private static Access level(Scope scope, Node node) {
    String text = Values.literal(node, "a permission is read, write or none");
    for (Access access : scope.writable()) {
      if (access.yamlName().equals(text)) {
        return access;
      }
    }
    String allowed =
        scope.writable().stream().map(Access::yamlName).collect(Collectors.joining(" or "));
    throw WorkflowException.at(
        node, "Unexpected value '" + text + "'", scope.yamlName() + " is " + allowed);
  }

  private static String scopes() {
    return Arrays.stream(Scope.values())
        .filter(Scope::settable)
        .map(Scope::yamlName)
        .collect(Collectors.joining(", "));
  }
}
