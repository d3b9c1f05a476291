package dev.rehearsal.core.workflow.matrix;

import java.util.regex.Pattern;

/**
 * GitHub's expression {@code ==}, which matrix {@code include} and {@code exclude} filters use to
 * compare each value they name (actions/runner, {@code Expressions/EvaluationResult.cs}, {@code
 * AbstractEqual} and {@code CoerceTypes}): values of one kind compare as such, strings ignoring
 * case; a string and a number compare as numbers; a boolean or null is first made a number; a
 * sequence or mapping equals nothing it is compared with here; NaN equals nothing.
 */
final class LooseEquality {
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]{1,8}");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]{1,11}");

  private LooseEquality() {}

  static boolean equal(MatrixValue left, MatrixValue right) {
    if (left instanceof MatrixValue.Text a && right instanceof MatrixValue.Text b) {
      return a.value().equalsIgnoreCase(b.value());
    }
    if (left instanceof MatrixValue.Bool a && right instanceof MatrixValue.Bool b) {
      return a.value() == b.value();
    }
    if (left instanceof MatrixValue.Null && right instanceof MatrixValue.Null) {
      return true;
    }
    if (isStructure(left) || isStructure(right)) {
      return false;
    }
    double a = number(left);
    double b = number(right);
    return !Double.isNaN(a) && !Double.isNaN(b) && a == b;
  }

  private static boolean isStructure(MatrixValue value) {
    return value instanceof MatrixValue.Sequence || value instanceof MatrixValue.Mapping;
  }

  /** JavaScript's {@code Number()} as GitHub follows it ({@code ExpressionUtility.ParseNumber}). */
  static double number(MatrixValue value) {
    if (value instanceof MatrixValue.Number number) {
      return number.value();
    }
    if (value instanceof MatrixValue.Bool bool) {
      return bool.value() ? 1 : 0;
    }
    if (value instanceof MatrixValue.Text text) {
      return parse(text.value().strip());
    }
    return value instanceof MatrixValue.Null ? 0 : Double.NaN;
  }

  private static double parse(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    if (DECIMAL.matcher(text).matches()) {
      return Double.parseDouble(text);
    }
    if (HEX.matcher(text).matches()) {
      long value = Long.parseLong(text.substring(2), 16);
      return value <= Integer.MAX_VALUE ? value : Double.NaN;
    }
    if (OCTAL.matcher(text).matches()) {
      long value = Long.parseLong(text.substring(2), 8);
      return value <= Integer.MAX_VALUE ? value : Double.NaN;
    }
    return switch (text) {
      case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> Double.NaN;
    };
  }
}
