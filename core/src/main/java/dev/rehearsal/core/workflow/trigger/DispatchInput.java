package dev.rehearsal.core.workflow.trigger;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.List;
import java.util.Optional;

/**
 * One {@code on.workflow_dispatch.inputs.<input_id>} (docs.github.com, "Workflow syntax for GitHub
 * Actions", {@code on.workflow_dispatch.inputs}): its type ({@code string} when not given), whether
 * it is required, its default in GitHub's string form and, for a {@code choice}, its options.
 */
public record DispatchInput(
    String name,
    Optional<String> description,
    Type type,
    boolean required,
    Optional<String> defaultValue,
    List<String> options,
    Location location) {
  public DispatchInput {
    options = List.copyOf(options);
  }

  /** The input types GitHub accepts: "boolean, choice, number, environment or string". */
  public enum Type {
    STRING,
    BOOLEAN,
    CHOICE,
    NUMBER,
    ENVIRONMENT;

    /** The type's name as written in a workflow. */
    public String yamlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
