package dev.rehearsal.core.workflow.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An {@code include} or {@code exclude} entry as GitHub applies it: one {@code ==} comparison per
 * leaf of the entry ({@code matrix['node']['version'] == 14}), all of which must hold; a path the
 * combination lacks is null. Mapping keys compare ignoring case, as GitHub's expression indexing
 * does.
 */
final class MatrixFilter {
  private MatrixFilter() {}

  static boolean matches(MatrixValue.Mapping filter, MatrixValue.Mapping combination) {
    return leavesMatch(filter, combination);
  }

  private static boolean leavesMatch(MatrixValue filter, MatrixValue actual) {
    if (filter instanceof MatrixValue.Mapping mapping) {
      for (Map.Entry<String, MatrixValue> entry : mapping.entries().entrySet()) {
        if (!leavesMatch(entry.getValue(), member(actual, entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (filter instanceof MatrixValue.Sequence sequence) {
      for (int i = 0; i < sequence.items().size(); i++) {
        if (!leavesMatch(sequence.items().get(i), item(actual, i))) {
          return false;
        }
      }
      return true;
    }
    return LooseEquality.equal(actual, filter);
  }

  private static MatrixValue member(MatrixValue value, String key) {
    if (value instanceof MatrixValue.Mapping mapping) {
      for (Map.Entry<String, MatrixValue> entry : mapping.entries().entrySet()) {
        if (entry.getKey().equalsIgnoreCase(key)) {
          return entry.getValue();
        }
      }
    }
    return new MatrixValue.Null();
  }

  private static MatrixValue item(MatrixValue value, int index) {
    if (value instanceof MatrixValue.Sequence sequence && index < sequence.items().size()) {
      return sequence.items().get(index);
    }
    return new MatrixValue.Null();
  }

  /**
   * The display name's segments: every string, number and boolean leaf, depth first, empty strings
   * left out (actions/runner, {@code MatrixBuilder.CreateConfiguration}).
   */
  static List<String> segments(MatrixValue value) {
    List<String> segments = new ArrayList<>();
    collect(value, segments);
    return segments;
  }

  private static void collect(MatrixValue value, List<String> segments) {
    if (value instanceof MatrixValue.Mapping mapping) {
      mapping.entries().values().forEach(v -> collect(v, segments));
    } else if (value instanceof MatrixValue.Sequence sequence) {
      sequence.items().forEach(v -> collect(v, segments));
    } else if (!(value instanceof MatrixValue.Null) && !value.toString().isEmpty()) {
      segments.add(value.toString());
    }
  }
}
