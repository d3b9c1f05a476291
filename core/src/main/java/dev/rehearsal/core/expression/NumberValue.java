package dev.rehearsal.core.expression;

/** A number: GitHub keeps every number as a double, NaN and the infinities included. */
public record NumberValue(double value) implements Value {
  @Override
  public ValueKind kind() {
    return ValueKind.NUMBER;
  }
}
