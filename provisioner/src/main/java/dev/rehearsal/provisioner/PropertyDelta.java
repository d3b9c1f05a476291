package dev.rehearsal.provisioner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;

/**
 * One property of a modified resource (a change set's {@code ResourceChangeDetail}): its name, its
 * value before and after where they are known ({@link MissingNode} where not: a property added or
 * removed, or a change set that does not include property values), whether changing it recreates
 * the resource ({@code Never}, {@code Conditionally}, {@code Always}) and whether the new value is
 * known now ({@code Static}) or only once a resource it refers to is replaced ({@code Dynamic}).
 */
public record PropertyDelta(
    String property,
    JsonNode before,
    JsonNode after,
    String requiresRecreation,
    String evaluation) {
  public PropertyDelta {
    Objects.requireNonNull(property, "property");
    before = before == null ? MissingNode.getInstance() : before.deepCopy();
    after = after == null ? MissingNode.getInstance() : after.deepCopy();
    requiresRecreation = requiresRecreation == null ? "" : requiresRecreation;
    evaluation = evaluation == null ? "" : evaluation;
  }

  /** Whether the values on both sides are known. */
  public boolean valuesKnown() {
    return !before.isMissingNode() || !after.isMissingNode();
  }
}
