package dev.rehearsal.runner.command;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One workflow command read from a step's output: {@code ::name key=value,key=value::data}. Its
 * properties are looked up ignoring case, as the runner's dictionary does.
 */
public record WorkflowCommand(String name, Map<String, String> properties, String data) {
  public WorkflowCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(data, "data");
    TreeMap<String, String> ignoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    ignoringCase.putAll(properties);
    properties = Collections.unmodifiableMap(ignoringCase);
  }

  /** A property's value, if present and not empty. */
  public Optional<String> property(String key) {
    return Optional.ofNullable(properties.get(key)).filter(value -> !value.isEmpty());
  }
}
