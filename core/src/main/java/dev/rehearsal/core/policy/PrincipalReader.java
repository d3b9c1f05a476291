package dev.rehearsal.core.policy;

import static dev.rehearsal.core.policy.PolicyErrors.describe;
import static dev.rehearsal.core.policy.PolicyErrors.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code Principal}/{@code NotPrincipal}: {@code "*"} or an object from principal type to a
 * value or a list of values (IAM User Guide, "AWS JSON policy elements: Principal"). Whether a type
 * or value is one IAM accepts is the validator's question, not the grammar's.
 */
final class PrincipalReader {
  private PrincipalReader() {}

  static PrincipalElement read(JsonNode value, boolean negated, String path) {
    if (value.isTextual() && value.asText().equals("*")) {
      return new PrincipalElement(negated, true, Map.of());
    }
    if (!value.isObject() || value.isEmpty()) {
      throw syntax(
          path
              + " must be \"*\" or an object such as {\"Federated\": \"arn:...\"}, got "
              + describe(value)
              + ".");
    }
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (var entry : value.properties()) {
      String typePath = path + "." + entry.getKey();
      List<String> values = JsonElements.stringOrList(entry.getValue(), typePath);
      if (values.isEmpty()) {
        throw syntax(typePath + " must name at least one principal, got an empty list.");
      }
      byType.put(entry.getKey(), values);
    }
    return new PrincipalElement(negated, false, byType);
  }
}
