package dev.rehearsal.provisioner.direct.driver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reading a resource's resolved properties as the services take them: a policy document as JSON
 * text (a string is sent as written, an object serialised), a list of strings, {@code Tags} as
 * {@code [{Key, Value}]}.
 */
final class Values {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Values() {}

  /** Whether {@code property} differs between the two sets of properties. */
  static boolean changed(JsonNode before, JsonNode after, String property) {
    return !before.path(property).equals(after.path(property));
  }

  static Optional<String> string(JsonNode properties, String property) {
    JsonNode value = properties.path(property);
    return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  /** A document property as the text a service is sent, if the resource has it. */
  static Optional<String> document(JsonNode properties, String property) {
    JsonNode value = properties.path(property);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (value.isTextual()) {
      return Optional.of(value.asText());
    }
    try {
      return Optional.of(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  static List<String> strings(JsonNode properties, String property) {
    List<String> values = new ArrayList<>();
    properties.path(property).forEach(item -> values.add(item.asText()));
    return values;
  }

  /** {@code Tags: [{Key, Value}]} in the template's order. */
  static Map<String, String> tags(JsonNode properties) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (JsonNode tag : properties.path("Tags")) {
      tags.put(tag.path("Key").asText(), tag.path("Value").asText());
    }
    return tags;
  }

  /** The values of {@code after} not in {@code before}. */
  static List<String> added(List<String> before, List<String> after) {
    return after.stream().filter(value -> !before.contains(value)).distinct().toList();
  }

  /**
   * Changes a resource's tags from those of {@code before} to those of {@code after}: the keys no
   * longer there are removed, the new and changed ones set; a call only when it has something to
   * do.
   */
  static void updateTags(
      JsonNode before,
      JsonNode after,
      Consumer<List<String>> untag,
      Consumer<Map<String, String>> tag) {
    Map<String, String> was = tags(before);
    Map<String, String> is = tags(after);
    List<String> removed = was.keySet().stream().filter(key -> !is.containsKey(key)).toList();
    if (!removed.isEmpty()) {
      untag.accept(removed);
    }
    Map<String, String> set = new LinkedHashMap<>(is);
    set.entrySet().removeIf(entry -> entry.getValue().equals(was.get(entry.getKey())));
    if (!set.isEmpty()) {
      tag.accept(set);
    }
  }

  /**
   * Calls {@code add} for each value of the list {@code property} new in {@code after}, then {@code
   * remove} for each no longer there.
   */
  static void updateList(
      JsonNode before,
      JsonNode after,
      String property,
      Consumer<String> add,
      Consumer<String> remove) {
    List<String> was = strings(before, property);
    List<String> is = strings(after, property);
    added(was, is).forEach(add);
    added(is, was).forEach(remove);
  }
}
