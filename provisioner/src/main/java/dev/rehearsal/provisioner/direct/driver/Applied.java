package dev.rehearsal.provisioner.direct.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a service answered for a resource it made or changed: the physical id ({@code Ref}) and the
 * {@code Fn::GetAtt} attributes, the service's values over those core resolved.
 */
public record Applied(String physicalId, Map<String, JsonNode> attributes) {
  public Applied {
    Objects.requireNonNull(physicalId, "physicalId");
    attributes = Map.copyOf(attributes);
  }

  /** {@code resolved} with the service's {@code answered} values in place of the same names. */
  static Applied of(
      String physicalId, Map<String, JsonNode> resolved, Map<String, JsonNode> answered) {
    Map<String, JsonNode> attributes = new HashMap<>(resolved);
    attributes.putAll(answered);
    return new Applied(physicalId, attributes);
  }
}
