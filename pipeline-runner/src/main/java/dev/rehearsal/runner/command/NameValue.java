package dev.rehearsal.runner.command;

import java.util.Objects;

/** One {@code name=value} (or {@code name<<DELIMITER}) entry of a runner file. */
public record NameValue(String name, String value) {
  public NameValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
