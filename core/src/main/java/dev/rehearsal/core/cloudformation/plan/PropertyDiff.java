package dev.rehearsal.core.cloudformation.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.resource.ResourceType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares a resource's properties top-level property by property, as a change set's details do
 * ({@code Target.Attribute: Properties}, {@code Target.Name}): values are compared as JSON, so a
 * policy document written in another key order is the same document.
 */
final class PropertyDiff {
  private PropertyDiff() {}

  /**
   * The properties that differ between {@code before} and {@code after}; those named in {@code
   * dynamic} are known only once what they refer to is replaced.
   */
  static List<PropertyChange> changes(
      ResourceType type, JsonNode before, JsonNode after, Set<String> dynamic) {
    List<PropertyChange> changes = new ArrayList<>();
    for (String name : differing(before, after)) {
      changes.add(
          new PropertyChange(
              name,
              before.get(name),
              after.get(name),
              type.replacementProperties().contains(name),
              dynamic.contains(name)));
    }
    return changes;
  }

  /** The names of the top-level properties whose values differ, sorted. */
  static Set<String> differing(JsonNode before, JsonNode after) {
    Set<String> names = new TreeSet<>();
    names.addAll(fieldNames(before));
    names.addAll(fieldNames(after));
    names.removeIf(name -> before.path(name).equals(after.path(name)));
    return names;
  }

  /** "AssumeRolePolicyDocument changed", "Path changed (requires replacement)". */
  static String reason(List<PropertyChange> changes, boolean replacement) {
    String names = changes.stream().map(PropertyChange::property).collect(Collectors.joining(", "));
    if (!replacement) {
      return names + " changed";
    }
    String because =
        changes.stream()
            .filter(PropertyChange::recreates)
            .map(PropertyChange::property)
            .collect(Collectors.joining(", "));
    return names + " changed" + "; replaced because " + because + " cannot change in place";
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
