package dev.rehearsal.core.cloudformation.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * CloudFormation reads a scalar where it wants a string: YAML's {@code 3600} or {@code true} is the
 * string {@code "3600"} or {@code "true"} to a {@code String} property, a parameter default or an
 * {@code Fn::Join} item.
 */
public final class Scalars {
  private Scalars() {}

  /** The text of a string, number or boolean node; empty for null, arrays and objects. */
  public static Optional<String> text(JsonNode node) {
    if (node == null || !node.isValueNode() || node.isNull()) {
      return Optional.empty();
    }
    if (node.isBigDecimal() || node.isDouble() || node.isFloat()) {
      return Optional.of(node.decimalValue().toPlainString());
    }
    return Optional.of(node.asText());
  }
}
