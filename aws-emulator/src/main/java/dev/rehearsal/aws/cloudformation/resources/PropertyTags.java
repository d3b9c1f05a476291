package dev.rehearsal.aws.cloudformation.resources;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code Tags: [{Key, Value}]} property of resolved properties, as a map. */
final class PropertyTags {
  private PropertyTags() {}

  static Map<String, String> of(JsonNode properties) {
    Map<String, String> tags = new LinkedHashMap<>();
    properties
        .path("Tags")
        .forEach(tag -> tags.put(tag.path("Key").asText(), tag.path("Value").asText()));
    return tags;
  }
}
