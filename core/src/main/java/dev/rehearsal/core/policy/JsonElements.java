package dev.rehearsal.core.policy;

import static dev.rehearsal.core.policy.PolicyErrors.describe;
import static dev.rehearsal.core.policy.PolicyErrors.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading the shapes the policy grammar is made of (IAM User Guide, "Grammar of the IAM JSON policy
 * language"): a string, a string or a list of strings, an object with known fields. Every shape
 * error is a syntax error naming the element's path, e.g. {@code Statement[0].Action[1]}.
 */
final class JsonElements {
  private JsonElements() {}

  /** Refuses a field the grammar does not define: IAM reports it as a syntax error. */
  static void requireKnownFields(JsonNode object, Set<String> known, String where) {
    for (var field : object.properties()) {
      if (!known.contains(field.getKey())) {
        throw syntax(
            "Unknown field "
                + field.getKey()
                + " in "
                + where
                + "; the fields allowed there are "
                + String.join(", ", known)
                + ".");
      }
    }
  }

  /** Refuses an element given together with its negated form (Action and NotAction...). */
  static void requireAtMostOne(JsonNode statement, String field, String negated, String path) {
    if (statement.has(field) && statement.has(negated)) {
      throw syntax(path + " has both " + field + " and " + negated + "; give one of them.");
    }
  }

  static Optional<String> optionalString(JsonNode object, String field, String path) {
    if (!object.has(field)) {
      return Optional.empty();
    }
    JsonNode value = object.get(field);
    if (!value.isTextual()) {
      throw syntax(path + " must be a string, got " + describe(value) + ".");
    }
    return Optional.of(value.asText());
  }

  /** A single string is a list of one, as IAM reads it. */
  static List<String> stringOrList(JsonNode value, String path) {
    if (value.isTextual()) {
      return List.of(value.asText());
    }
    if (!value.isArray()) {
      throw syntax(path + " must be a string or a list of strings, got " + describe(value) + ".");
    }
    List<String> strings = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isTextual()) {
        throw syntax(path + "[" + i + "] must be a string, got " + describe(item) + ".");
      }
      strings.add(item.asText());
    }
    return strings;
  }
}
