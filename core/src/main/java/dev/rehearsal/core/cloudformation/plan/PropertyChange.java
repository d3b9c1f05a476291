package dev.rehearsal.core.cloudformation.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;

/**
 * One top-level property that changes, as a change set's {@code ResourceChangeDetail} describes it:
 * the property ({@code Target.Name}), whether the change recreates the resource ({@code
 * RequiresRecreation}: {@code Never} or {@code Always}), and whether the new value is known now
 * ({@code Evaluation: Static}) or only once a resource it refers to is replaced ({@code Dynamic}).
 * A property added or removed has a {@link MissingNode} on the other side.
 */
public record PropertyChange(
    String property, JsonNode before, JsonNode after, boolean recreates, boolean dynamic) {
  public PropertyChange {
    Objects.requireNonNull(property, "property");
    before = before == null ? MissingNode.getInstance() : before.deepCopy();
    after = after == null ? MissingNode.getInstance() : after.deepCopy();
  }

  /** The change set's {@code RequiresRecreation}. */
  public String requiresRecreation() {
    return recreates ? "Always" : "Never";
  }

  /** The change set's {@code Evaluation}. */
  public String evaluation() {
    return dynamic ? "Dynamic" : "Static";
  }
}
