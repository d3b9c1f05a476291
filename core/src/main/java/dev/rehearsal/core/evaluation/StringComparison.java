package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.OperatorType;

/**
 * String condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators",
 * "String condition operators"): {@code StringEquals} is exact and case-sensitive, {@code
 * ...IgnoreCase} ignores case, {@code StringLike} is case-sensitive with {@code *} and {@code ?}
 * wildcards. The Not forms use the same test, inverted by the caller.
 */
final class StringComparison {
  private StringComparison() {}

  static ValueTest compile(OperatorType type, Wildcard value) {
    String text = value.text();
    return switch (type) {
      case STRING_EQUALS, STRING_NOT_EQUALS -> text::equals;
      case STRING_EQUALS_IGNORE_CASE, STRING_NOT_EQUALS_IGNORE_CASE -> text::equalsIgnoreCase;
      case STRING_LIKE, STRING_NOT_LIKE -> value::matches;
      default -> throw new IllegalArgumentException(type.text() + " is not a string operator");
    };
  }
}
