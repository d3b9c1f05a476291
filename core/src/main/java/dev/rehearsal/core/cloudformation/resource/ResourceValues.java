package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * What others may read of a resource: its physical id (what {@code Ref} returns, per each type's
 * "Return values" section of the User Guide), its {@code Fn::GetAtt} attributes and its typed view.
 */
public record ResourceValues(String ref, Map<String, JsonNode> attributes, TypedResource typed) {
  public ResourceValues {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(typed, "typed");
    attributes = Map.copyOf(attributes);
  }
}
