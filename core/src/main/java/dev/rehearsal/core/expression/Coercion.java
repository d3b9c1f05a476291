package dev.rehearsal.core.expression;

/**
 * GitHub's loose conversions and comparisons ("Evaluate expressions in workflows and actions",
 * Operators: "If the types do not match, GitHub coerces the type to a number"; the runner's {@code
 * EvaluationResult}: JavaScript's abstract equality, except that strings compare ignoring case and
 * objects are never converted to primitives).
 */
final class Coercion {
  private Coercion() {}

  static boolean isTruthy(Value value) {
    switch (value.kind()) {
      case NULL:
        return false;
      case BOOLEAN:
        return ((BooleanValue) value).value();
      case NUMBER:
        double number = ((NumberValue) value).value();
        return number != 0d && !Double.isNaN(number);
      case STRING:
        return !((StringValue) value).value().isEmpty();
      default:
        return true;
    }
  }

  static double toNumber(Value value) {
    switch (value.kind()) {
      case NULL:
        return 0d;
      case BOOLEAN:
        return ((BooleanValue) value).value() ? 1d : 0d;
      case NUMBER:
        return ((NumberValue) value).value();
      case STRING:
        return Numbers.parse(((StringValue) value).value());
      default:
        return Double.NaN;
    }
  }

  static String toText(Value value) {
    switch (value.kind()) {
      case NULL:
        return "";
      case BOOLEAN:
        return ((BooleanValue) value).value() ? "true" : "false";
      case NUMBER:
        return Numbers.format(((NumberValue) value).value());
      case STRING:
        return ((StringValue) value).value();
      default:
        return value.kind().displayName();
    }
  }

  /** {@code ==}: NaN equals nothing; arrays and objects are equal only to themselves. */
  static boolean looseEquals(Value left, Value right) {
    Value[] pair = coerce(left, right);
    Value l = pair[0];
    Value r = pair[1];
    if (l.kind() != r.kind()) {
      return false;
    }
    switch (l.kind()) {
      case NULL:
        return true;
      case NUMBER:
        return ((NumberValue) l).value() == ((NumberValue) r).value();
      case STRING:
        return IgnoreCase.equals(((StringValue) l).value(), ((StringValue) r).value());
      case BOOLEAN:
        return ((BooleanValue) l).value() == ((BooleanValue) r).value();
      default:
        return l == r;
    }
  }

  /**
   * Negative, zero or positive when both sides, once coerced, are numbers, strings or booleans that
   * compare; {@code null} when they do not (NaN, mixed kinds, arrays, objects), so that every
   * relational operator answers {@code false} (docs: "When NaN is one of the operands of any
   * relational comparison, the result is always false").
   */
  static Integer compare(Value left, Value right) {
    Value[] pair = coerce(left, right);
    Value l = pair[0];
    Value r = pair[1];
    if (l.kind() != r.kind()) {
      return null;
    }
    switch (l.kind()) {
      case NUMBER:
        double a = ((NumberValue) l).value();
        double b = ((NumberValue) r).value();
        return Double.isNaN(a) || Double.isNaN(b)
            ? null
            : Integer.valueOf(a < b ? -1 : a > b ? 1 : 0);
      case STRING:
        return Integer.signum(
            IgnoreCase.compare(((StringValue) l).value(), ((StringValue) r).value()));
      case BOOLEAN:
        return Boolean.compare(((BooleanValue) l).value(), ((BooleanValue) r).value());
      default:
        return null;
    }
  }

  /**
   * The runner's {@code CoerceTypes}: a number and a string meet as numbers; a boolean or null
   * becomes a number and the pair is coerced again; anything else stays as it is.
   */
  private static Value[] coerce(Value left, Value right) {
    ValueKind l = left.kind();
    ValueKind r = right.kind();
    if (l == r) {
      return new Value[] {left, right};
    } else if (l == ValueKind.NUMBER && r == ValueKind.STRING) {
      return new Value[] {left, Value.of(toNumber(right))};
    } else if (l == ValueKind.STRING && r == ValueKind.NUMBER) {
      return new Value[] {Value.of(toNumber(left)), right};
    } else if (l == ValueKind.BOOLEAN || l == ValueKind.NULL) {
      return coerce(Value.of(toNumber(left)), right);
    } else if (r == ValueKind.BOOLEAN || r == ValueKind.NULL) {
      return coerce(left, Value.of(toNumber(right)));
    }
    return new Value[] {left, right};
  }
}
