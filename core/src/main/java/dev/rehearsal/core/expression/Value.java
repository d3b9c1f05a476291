package dev.rehearsal.core.expression;

/**
 * A value an expression reads or produces: GitHub's null, boolean, number (a double), string, array
 * and object ("Evaluate expressions in workflows and actions", Literals; the runner's {@code
 * ValueKind}). Contexts are supplied as values and every evaluation answers one.
 */
public sealed interface Value
    permits NullValue, BooleanValue, NumberValue, StringValue, ArrayValue, ObjectValue {
  NullValue NULL = new NullValue();
  BooleanValue TRUE = new BooleanValue(true);
  BooleanValue FALSE = new BooleanValue(false);

  ValueKind kind();

  static BooleanValue of(boolean value) {
    return value ? TRUE : FALSE;
  }

  static NumberValue of(double value) {
    return new NumberValue(value);
  }

  static StringValue of(String value) {
    return new StringValue(value);
  }

  /**
   * GitHub's truthiness: {@code false}, {@code 0}, {@code -0}, {@code NaN}, {@code ''} and {@code
   * null} are falsy, everything else (every array and object) is truthy (docs, Literals; the
   * runner's {@code EvaluationResult.IsFalsy}).
   */
  default boolean isTruthy() {
    return Coercion.isTruthy(this);
  }

  /**
   * The value as GitHub converts it to a string: {@code ''} for null, {@code true}/{@code false},
   * numbers in .NET's {@code G15} format, and {@code Array}/{@code Object} for collections (docs,
   * Functions; the runner's {@code EvaluationResult.ConvertToString}).
   */
  default String asString() {
    return Coercion.toText(this);
  }

  /**
   * The value as GitHub converts it to a number: 0 for null, 1/0 for booleans, strings parsed like
   * JavaScript's {@code Number()} (hex {@code 0x}, octal {@code 0o}, surrounding whitespace
   * ignored, {@code ''} is 0) and NaN otherwise (docs, Operators, the coercion table).
   */
  default double asNumber() {
    return Coercion.toNumber(this);
  }
}
