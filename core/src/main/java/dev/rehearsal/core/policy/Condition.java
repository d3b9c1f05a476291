package dev.rehearsal.core.policy;

import java.util.List;
import java.util.Objects;

/**
 * One test of a {@code Condition} block: {@code "StringLike": {"key": ["v1", "v2"]}} is the
 * condition {@code (StringLike, key, [v1, v2])}. Values are held as the strings IAM compares (JSON
 * numbers and booleans in a document become their text). The key keeps the case it was written in;
 * IAM compares key names case-insensitively.
 */
public record Condition(ConditionOperator operator, String key, List<String> values) {
  public Condition {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(key, "key");
    values = List.copyOf(values);
  }
}
