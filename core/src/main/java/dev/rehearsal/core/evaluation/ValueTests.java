package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.OperatorType;

/** Compiles a policy value for the family of its operator. */
final class ValueTests {
  private ValueTests() {}

  static ValueTest compile(OperatorType type, Wildcard value) {
    return switch (type.family()) {
      case STRING -> StringComparison.compile(type, value);
      case NUMERIC -> NumericComparison.compile(type, value.text());
      case DATE -> DateComparison.compile(type, value.text());
      case BOOLEAN -> BooleanComparison.compile(value.text());
      case BINARY -> BinaryComparison.compile(value.text());
      case IP_ADDRESS -> IpAddressComparison.compile(value.text());
      case ARN -> ArnComparison.compile(value);
      case NULL -> throw new IllegalArgumentException("Null tests key presence, not values");
    };
  }

  /**
   * Whether the operator takes policy variables in its values: string, Boolean and ARN operators
   * do; numeric, date, binary, IP address and Null operators do not (IAM User Guide, "IAM JSON
   * policy elements: Condition operators", one note per family).
   */
  static boolean takesVariables(OperatorType type) {
    return switch (type.family()) {
      case STRING, BOOLEAN, ARN -> true;
      default -> false;
    };
  }
}
