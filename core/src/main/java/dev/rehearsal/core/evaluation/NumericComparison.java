package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.OperatorType;
import java.math.BigDecimal;

/**
 * Numeric condition operators compare "a key to an integer or decimal value" (IAM User Guide,
 * "Numeric condition operators"). Values compare by magnitude ({@code 10} equals {@code 10.0}),
 * exactly, as decimals; a value that is not a number matches nothing.
 */
final class NumericComparison {
  private NumericComparison() {}

  static ValueTest compile(OperatorType type, String policyValue) {
    BigDecimal limit = parse(policyValue);
    if (limit == null) {
      return ValueTest.NOTHING;
    }
    return requestValue -> {
      BigDecimal actual = parse(requestValue);
      return actual != null && holds(type, actual.compareTo(limit));
    };
  }

  private static boolean holds(OperatorType type, int comparison) {
    return switch (type) {
      case NUMERIC_EQUALS, NUMERIC_NOT_EQUALS -> comparison == 0;
      case NUMERIC_LESS_THAN -> comparison < 0;
      case NUMERIC_LESS_THAN_EQUALS -> comparison <= 0;
      case NUMERIC_GREATER_THAN -> comparison > 0;
      case NUMERIC_GREATER_THAN_EQUALS -> comparison >= 0;
      default -> throw new IllegalArgumentException(type.text() + " is not a numeric operator");
    };
  }

  static BigDecimal parse(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
