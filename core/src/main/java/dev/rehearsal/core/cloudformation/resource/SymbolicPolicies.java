package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.cloudformation.symbol.Symbols;
import java.util.List;

/**
 * Gives an ARN's shape to a symbol standing where IAM wants an ARN ({@code Resource}, {@code
 * NotResource}, an {@code AWS} principal): {@code {{Bucket.Arn}}/*} is read as {@code
 * arn:aws:symbolic:::{{Bucket.Arn}}/*}. The service {@code symbolic} is no service's, so the value
 * matches no request, as the unknown value of another resource matches none of the flow's (ECR,
 * STS); the symbol stays in it for the reports to name.
 */
final class SymbolicPolicies {
  static final String PREFIX = "arn:aws:symbolic:::";
  private static final List<String> ARN_FIELDS = List.of("Resource", "NotResource");
  private static final List<String> PRINCIPAL_FIELDS = List.of("Principal", "NotPrincipal");

  private SymbolicPolicies() {}

  /** A copy of {@code document} with each symbolic value in an ARN position shaped as an ARN. */
  static JsonNode shaped(JsonNode document) {
    if (!document.isObject()) {
      return document;
    }
    JsonNode copy = document.deepCopy();
    JsonNode statements = copy.path("Statement");
    if (statements.isArray()) {
      statements.forEach(SymbolicPolicies::statement);
    } else {
      statement(statements);
    }
    return copy;
  }

  private static void statement(JsonNode statement) {
    if (!statement.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) statement;
    ARN_FIELDS.forEach(field -> shape(object, field));
    for (String field : PRINCIPAL_FIELDS) {
      if (object.get(field) instanceof ObjectNode principal) {
        shape(principal, "AWS");
      }
    }
  }

  private static void shape(ObjectNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null) {
      return;
    }
    if (value.isTextual()) {
      parent.set(field, arn(value));
    } else if (value.isArray()) {
      ArrayNode array = (ArrayNode) value;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, arn(array.get(i)));
      }
    }
  }

  private static JsonNode arn(JsonNode value) {
    String text = value.asText();
    return value.isTextual() && Symbols.in(text) && !text.startsWith("arn:")
        ? TextNode.valueOf(PREFIX + text)
        : value;
  }
}
