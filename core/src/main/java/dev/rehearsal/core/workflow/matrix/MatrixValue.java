package dev.rehearsal.core.workflow.matrix;

import dev.rehearsal.core.workflow.source.CoreSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a matrix, the data GitHub's {@code matrix} context holds: a string, a number, a
 * boolean, null, a sequence or a mapping (keys in file order). A string may hold {@code ${{ }}}
 * expressions for the runner to evaluate before the matrix expands.
 */
public sealed interface MatrixValue {
  /** A string. */
  record Text(String value) implements MatrixValue {
    @Override
    public String toString() {
      return value;
    }
  }

  /** A number (GitHub's numbers are doubles); its string form is GitHub's {@code G15}. */
  record Number(double value) implements MatrixValue {
    @Override
    public String toString() {
      return CoreSchema.format(value);
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements MatrixValue {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** {@code null} (an empty value in YAML). */
  record Null() implements MatrixValue {
    @Override
    public String toString() {
      return "";
    }
  }

  /** A sequence of values. */
  record Sequence(List<MatrixValue> items) implements MatrixValue {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A mapping, keys in the order written. */
  record Mapping(Map<String, MatrixValue> entries) implements MatrixValue {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /** Whether a string anywhere in the value holds an expression the runner must evaluate first. */
  static boolean hasExpression(MatrixValue value) {
    if (value instanceof Text text) {
      return text.value().contains("${{");
    }
    if (value instanceof Sequence sequence) {
      return sequence.items().stream().anyMatch(MatrixValue::hasExpression);
    }
    if (value instanceof Mapping mapping) {
      return mapping.entries().keySet().stream().anyMatch(k -> k.contains("${{"))
          || mapping.entries().values().stream().anyMatch(MatrixValue::hasExpression);
    }
    return false;
  }
}
