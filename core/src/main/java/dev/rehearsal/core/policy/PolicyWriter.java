package dev.rehearsal.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a policy as canonical JSON: elements in the order of the IAM User Guide's grammar ({@code
 * Version}, {@code Id}, {@code Statement}; in a statement {@code Sid}, {@code Effect}, principal,
 * action, resource, {@code Condition}), {@code Statement} always a list, and a list of one value
 * written as that value. {@link PolicyParser} reads the output back to an equal document.
 *
 * <p>Conditions are grouped under their operator in the order each operator first appears; a
 * document read by {@link PolicyParser} has them in that order already.
 */
public final class PolicyWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PolicyWriter() {}

  /** The canonical compact JSON text of {@code document}. */
  public static String write(PolicyDocument document) {
    return toJson(document).toString();
  }

  /** The canonical JSON tree of {@code document}, e.g. to embed in a template. */
  public static ObjectNode toJson(PolicyDocument document) {
    ObjectNode root = NODES.objectNode();
    document.version().ifPresent(version -> root.put("Version", version));
    document.id().ifPresent(id -> root.put("Id", id));
    ArrayNode statements = root.putArray("Statement");
    document.statements().forEach(statement -> statements.add(statement(statement)));
    return root;
  }

  private static ObjectNode statement(Statement statement) {
    ObjectNode node = NODES.objectNode();
    statement.sid().ifPresent(sid -> node.put("Sid", sid));
    node.put("Effect", statement.effect().json());
    statement
        .principal()
        .ifPresent(p -> node.set(p.negated() ? "NotPrincipal" : "Principal", principal(p)));
    PatternElement action = statement.action();
    node.set(action.negated() ? "NotAction" : "Action", oneOrMany(action.patterns()));
    statement
        .resource()
        .ifPresent(
            r -> node.set(r.negated() ? "NotResource" : "Resource", oneOrMany(r.patterns())));
    if (!statement.conditions().isEmpty()) {
      node.set("Condition", conditions(statement.conditions()));
    }
    return node;
  }

  private static JsonNode principal(PrincipalElement principal) {
    if (principal.wildcard()) {
      return NODES.textNode("*");
    }
    ObjectNode byType = NODES.objectNode();
    principal.byType().forEach((type, values) -> byType.set(type, oneOrMany(values)));
    return byType;
  }

  private static ObjectNode conditions(List<Condition> conditions) {
    Map<String, ObjectNode> byOperator = new LinkedHashMap<>();
    for (Condition condition : conditions) {
      byOperator
          .computeIfAbsent(condition.operator().text(), operator -> NODES.objectNode())
          .set(condition.key(), oneOrMany(condition.values()));
    }
    ObjectNode block = NODES.objectNode();
    byOperator.forEach(block::set);
    return block;
  }

  private static JsonNode oneOrMany(List<String> values) {
    if (values.size() == 1) {
      return NODES.textNode(values.get(0));
    }
    ArrayNode list = NODES.arrayNode(values.size());
    values.forEach(list::add);
    return list;
  }
}
