package dev.rehearsal.core.workflow.matrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One job of an expanded matrix: the {@code matrix} context's values (the matrix's own keys first,
 * then those an {@code include} added) and the segments of its display name, which are the values
 * of the matrix's own keys only.
 */
public record MatrixCombination(Map<String, MatrixValue> values, List<String> nameSegments) {
  private static final int MAX_NAME = 100;

  public MatrixCombination {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    nameSegments = List.copyOf(nameSegments);
  }

  /** The value of {@code key}, or null when the combination has none. */
  public MatrixValue get(String key) {
    return values.get(key);
  }

  /**
   * The job's name on GitHub, {@code build (ubuntu-latest, 16)}, cut to 100 characters with {@code
   * ...} (actions/runner, {@code WorkflowParser/Conversion/JobNameBuilder.cs}).
   */
  public String displayName(String jobName) {
    if (nameSegments.isEmpty()) {
      return jobName;
    }
    String name = jobName + " (" + String.join(", ", nameSegments) + ")";
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 3) + "..." : name;
  }
}
