package dev.rehearsal.core.expression;

/** {@code true} or {@code false}. */
public record BooleanValue(boolean value) implements Value {
  @Override
  public ValueKind kind() {
    return ValueKind.BOOLEAN;
  }
}
