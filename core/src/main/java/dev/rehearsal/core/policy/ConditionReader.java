package dev.rehearsal.core.policy;

import static dev.rehearsal.core.policy.PolicyErrors.describe;
import static dev.rehearsal.core.policy.PolicyErrors.quote;
import static dev.rehearsal.core.policy.PolicyErrors.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code Condition} block: {@code {operator: {key: value or [values]}}} (IAM User Guide,
 * "IAM JSON policy elements: Condition"). The block becomes one {@link Condition} per operator and
 * key, in document order. Values may be JSON strings, numbers or booleans; IAM compares them as
 * text, so they are kept as their text.
 */
final class ConditionReader {
  private ConditionReader() {}

  static List<Condition> read(JsonNode block, String path) {
    if (!block.isObject()) {
      throw syntax(
          path + " must be an object of condition operators, got " + describe(block) + ".");
    }
    List<Condition> conditions = new ArrayList<>();
    for (var entry : block.properties()) {
      ConditionOperator operator = operator(entry.getKey(), path);
      JsonNode keys = entry.getValue();
      String operatorPath = path + "." + entry.getKey();
      if (!keys.isObject()) {
        throw syntax(
            operatorPath + " must be an object of condition keys, got " + describe(keys) + ".");
      }
      for (var key : keys.properties()) {
        List<String> values = values(key.getValue(), operatorPath + "." + key.getKey());
        conditions.add(new Condition(operator, key.getKey(), values));
      }
    }
    return conditions;
  }

  private static ConditionOperator operator(String name, String path) {
    return ConditionOperator.parse(name)
        .orElseThrow(
            () ->
                syntax(
                    path
                        + ": "
                        + quote(name)
                        + " is not a condition operator; operators are case-sensitive, e.g."
                        + " StringEquals, StringLike, ForAnyValue:StringLikeIfExists."));
  }

  private static List<String> values(JsonNode value, String path) {
    if (!value.isArray()) {
      return List.of(scalar(value, path));
    }
    List<String> values = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      values.add(scalar(value.get(i), path + "[" + i + "]"));
    }
    return values;
  }

  private static String scalar(JsonNode value, String path) {
    if (value.isTextual() || value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    throw syntax(
        path
            + " must be a string, number or boolean, or a list of them, got "
            + describe(value)
            + ".");
  }
}
