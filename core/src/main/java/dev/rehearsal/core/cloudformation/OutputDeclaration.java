package dev.rehearsal.core.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/** One entry of the {@code Outputs} section as written (User Guide, "Outputs"). */
public record OutputDeclaration(
    String name,
    JsonNode value,
    Optional<JsonNode> exportName,
    Optional<String> description,
    Optional<String> condition,
    String pointer) {
  public OutputDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(exportName, "exportName");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** A copy of the value as written: changing it changes nothing. */
  @Override
  public JsonNode value() {
    return value.deepCopy();
  }

  /** A copy of the export name as written. */
  @Override
  public Optional<JsonNode> exportName() {
    return exportName.map(JsonNode::deepCopy);
  }
}
