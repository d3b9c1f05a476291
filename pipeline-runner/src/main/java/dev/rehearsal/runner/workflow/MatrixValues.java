package dev.rehearsal.runner.workflow;

import dev.rehearsal.core.workflow.matrix.MatrixCombination;
import dev.rehearsal.core.workflow.matrix.MatrixValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A matrix combination as the {@code matrix} context holds it: plain data. */
final class MatrixValues {
  private MatrixValues() {}

  static Map<String, Object> context(MatrixCombination combination) {
    Map<String, Object> values = new LinkedHashMap<>();
    combination.values().forEach((key, value) -> values.put(key, data(value)));
    return values;
  }

  private static Object data(MatrixValue value) {
    if (value instanceof MatrixValue.Text text) {
      return text.value();
    }
    if (value instanceof MatrixValue.Number number) {
      return number.value();
    }
    if (value instanceof MatrixValue.Bool bool) {
      return bool.value();
    }
    if (value instanceof MatrixValue.Sequence sequence) {
      List<Object> items = new ArrayList<>();
      sequence.items().forEach(item -> items.add(data(item)));
      return items;
    }
    if (value instanceof MatrixValue.Mapping mapping) {
      Map<String, Object> entries = new LinkedHashMap<>();
      mapping.entries().forEach((key, item) -> entries.put(key, data(item)));
      return entries;
    }
    return null;
  }
}
