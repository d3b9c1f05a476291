package dev.rehearsal.core.cloudformation;

import java.util.Objects;
import java.util.Optional;

/** An output of the stack with its value and, when exported, its export name. */
public record ResolvedOutput(
    String name, String value, Optional<String> description, Optional<String> exportName) {
  public ResolvedOutput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(exportName, "exportName");
  }
}
