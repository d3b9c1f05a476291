package dev.rehearsal.aws.cloudformation.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Tag changes between two applies: the keys to remove and the tags to set. */
record Tags(List<String> removed, Map<String, String> set) {
  static Tags between(Map<String, String> before, Map<String, String> after) {
    List<String> removed = new ArrayList<>();
    before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(removed::add);
    Map<String, String> set = new LinkedHashMap<>();
    after.forEach(
        (key, value) -> {
          if (!value.equals(before.get(key))) {
            set.put(key, value);
          }
        });
    return new Tags(removed, set);
  }

  static <T> List<T> list(Map<String, String> tags, BiFunction<String, String, T> tag) {
    return tags.entrySet().stream().map(e -> tag.apply(e.getKey(), e.getValue())).toList();
  }
}
