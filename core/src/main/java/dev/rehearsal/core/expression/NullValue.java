package dev.rehearsal.core.expression;

/** GitHub's {@code null}; use {@link Value#NULL}. */
public record NullValue() implements Value {
  @Override
  public ValueKind kind() {
    return ValueKind.NULL;
  }
}
