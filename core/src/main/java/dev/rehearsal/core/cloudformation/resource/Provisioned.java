package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * What creating a resource yields: its physical id (what {@code Ref} returns, per each type's
 * "Return values" section of the User Guide), its {@code Fn::GetAtt} attributes and its typed view.
 */
public record Provisioned(String ref, Map<String, JsonNode> attributes, TypedResource typed) {
  public Provisioned {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(typed, "typed");
    attributes = Map.copyOf(attributes);
  }
}
