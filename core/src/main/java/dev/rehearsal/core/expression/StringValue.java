package dev.rehearsal.core.expression;

import java.util.Objects;

/** A string. */
public record StringValue(String value) implements Value {
  public StringValue {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public ValueKind kind() {
    return ValueKind.STRING;
  }
}
