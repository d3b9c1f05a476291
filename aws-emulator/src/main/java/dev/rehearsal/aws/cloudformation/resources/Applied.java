package dev.rehearsal.aws.cloudformation.resources;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What a service answered for a created or updated resource: its physical id and attributes. */
public record Applied(String physicalId, Map<String, JsonNode> attributes) {
  public Applied {
    attributes = Map.copyOf(attributes);
  }
}
