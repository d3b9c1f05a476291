package dev.rehearsal.core.workflow.matrix;

import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a matrix as GitHub's workflow parser does (actions/runner, {@code
 * WorkflowParser/Conversion/MatrixBuilder.cs}; docs.github.com, "Running variations of jobs in a
 * workflow", "Expanding or adding matrix configurations" and "Excluding matrix configurations"):
 *
 * <ol>
 *   <li>the cross product of the vectors, the first vector varying slowest;
 *   <li>every combination an {@code exclude} entry matches is dropped ("An excluded configuration
 *       only has to be a partial match");
 *   <li>each {@code include} entry's keys that are vectors are its filter, the others its extra
 *       values: the extras are added to every remaining combination the filter matches, a later
 *       entry overwriting an earlier one's extras but never an original value;
 *   <li>an {@code include} entry that matched no combination becomes a combination of its own ("If
 *       the object cannot be added to any of the matrix combinations, a new matrix combination will
 *       be created instead").
 * </ol>
 *
 * Filters compare with GitHub's expression {@code ==} ({@link LooseEquality}), value by value down
 * to the leaves of nested mappings and sequences.
 */
final class MatrixExpansion {
  /** How many combinations are built at most to count how far past the cap a matrix goes. */
  private static final int COUNT_LIMIT = 100_000;

  private final Matrix matrix;
  private final Map<String, List<MatrixValue>> vectors = new LinkedHashMap<>();
  private final List<IncludeEntry> includes = new ArrayList<>();
  private final List<MatrixValue.Mapping> excludes = new ArrayList<>();

  private MatrixExpansion(Matrix matrix) {
    this.matrix = matrix;
  }

  static List<MatrixCombination> expand(Matrix matrix) {
    MatrixExpansion expansion = new MatrixExpansion(matrix);
    expansion.read();
    return expansion.combine();
  }

  private void read() {
    if (matrix.needsEvaluation()) {
      throw error(
          matrix.path(), "The matrix holds expressions", "evaluate them before expanding it");
    }
    if (!(matrix.definition() instanceof MatrixValue.Mapping definition)) {
      throw error(matrix.path(), "Expected a mapping", "a matrix maps vectors to lists of values");
    }
    for (Map.Entry<String, MatrixValue> entry : definition.entries().entrySet()) {
      String key = entry.getKey();
      String path = matrix.path() + "." + key;
      switch (key) {
        case "include" -> readIncludes(entry.getValue(), path);
        case "exclude" -> readExcludes(entry.getValue(), path);
        default -> readVector(key, entry.getValue(), path);
      }
    }
    if (vectors.isEmpty() && includes.isEmpty()) {
      throw error(matrix.path(), "Matrix must define at least one vector", null);
    }
    for (IncludeEntry include : includes) {
      include.split(vectors.keySet());
    }
  }

  private void readVector(String key, MatrixValue value, String path) {
    if (!(value instanceof MatrixValue.Sequence sequence)) {
      throw error(
          path, "Expected a sequence", "the matrix vector '" + key + "' is a list of values");
    }
    if (sequence.items().isEmpty()) {
      throw error(path, "Matrix vector '" + key + "' does not contain any values", null);
    }
    vectors.put(key, sequence.items());
  }

  private void readIncludes(MatrixValue value, String path) {
    List<MatrixValue.Mapping> entries = mappings(value, path, "include");
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).entries().isEmpty()) {
        throw error(
            path + "[" + i + "]", "Matrix include mapping does not contain any values", null);
      }
      includes.add(new IncludeEntry(entries.get(i)));
    }
  }

  private void readExcludes(MatrixValue value, String path) {
    List<MatrixValue.Mapping> entries = mappings(value, path, "exclude");
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).entries().isEmpty()) {
        throw error(path + "[" + i + "]", "Matrix exclude filter must not be empty", null);
      }
      excludes.add(entries.get(i));
    }
  }

  private List<MatrixValue.Mapping> mappings(MatrixValue value, String path, String key) {
    if (!(value instanceof MatrixValue.Sequence sequence)) {
      throw error(path, "Expected a sequence", key + " is a list of mappings");
    }
    List<MatrixValue.Mapping> mappings = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      if (!(sequence.items().get(i) instanceof MatrixValue.Mapping mapping)) {
        throw error(path + "[" + i + "]", "Expected a mapping", key + " is a list of mappings");
      }
      mappings.add(mapping);
    }
    return mappings;
  }

  private List<MatrixCombination> combine() {
    checkExcludeKeys();
    List<MatrixCombination> combinations = new ArrayList<>();
    int size = productSize();
    for (int index = 0; index < size; index++) {
      Map<String, MatrixValue> values = product(index);
      MatrixValue.Mapping candidate = new MatrixValue.Mapping(values);
      if (excludes.stream().anyMatch(exclude -> MatrixFilter.matches(exclude, candidate))) {
        continue;
      }
      List<String> segments = MatrixFilter.segments(candidate);
      Map<String, MatrixValue> extended = new LinkedHashMap<>(values);
      for (IncludeEntry include : includes) {
        if (include.matches(candidate)) {
          extended.putAll(include.extra());
        }
      }
      combinations.add(new MatrixCombination(extended, segments));
      capped(combinations.size(), false);
    }
    for (IncludeEntry include : includes) {
      if (!include.matched()) {
        MatrixValue.Mapping alone = new MatrixValue.Mapping(include.whole());
        combinations.add(new MatrixCombination(include.whole(), MatrixFilter.segments(alone)));
      }
    }
    capped(combinations.size(), true);
    return combinations;
  }

  private void checkExcludeKeys() {
    for (int i = 0; i < excludes.size(); i++) {
      for (String key : excludes.get(i).entries().keySet()) {
        if (!vectors.containsKey(key)) {
          throw error(
              matrix.path() + ".exclude[" + i + "]." + key,
              "Matrix exclude key '" + key + "' does not match any key within the matrix",
              null);
        }
      }
    }
  }

  /** The cross product's size, 0 without vectors; past the cap it stops mattering how far. */
  private int productSize() {
    if (vectors.isEmpty()) {
      return 0;
    }
    long size = 1;
    for (List<MatrixValue> vector : vectors.values()) {
      size = Math.min(size * vector.size(), Integer.MAX_VALUE);
    }
    return (int) size;
  }

  private Map<String, MatrixValue> product(int index) {
    Map<String, MatrixValue> values = new LinkedHashMap<>();
    long block = productSize();
    for (Map.Entry<String, List<MatrixValue>> vector : vectors.entrySet()) {
      int count = vector.getValue().size();
      block /= count;
      values.put(vector.getKey(), vector.getValue().get((int) ((index / block) % count)));
    }
    return values;
  }

  /**
   * GitHub's refusal of a matrix over 256 jobs ("Strategy for job 'board' produced 257
   * configurations which exceeds the maximum of 256 configurations", quoted in
   * adafruit/circuitpython#11324). A product far past the cap is refused before it is built.
   */
  private void capped(int produced, boolean done) {
    if (produced > (done ? Matrix.MAX_COMBINATIONS : COUNT_LIMIT)) {
      throw error(
          matrix.path(),
          "Strategy for job '"
              + matrix.jobId()
              + "' produced "
              + (done ? "" : "more than ")
              + (done ? produced : COUNT_LIMIT)
              + " configurations which exceeds the maximum of "
              + Matrix.MAX_COMBINATIONS
              + " configurations",
          null);
    }
  }

  private WorkflowException error(String path, String problem, String detail) {
    return new WorkflowException(
        problem, matrix.locations().getOrDefault(path, matrix.location()), path, detail);
  }

  /** An {@code include} entry split into its filter (vector keys) and its extra values. */
  private static final class IncludeEntry {
    private final MatrixValue.Mapping written;
    private final Map<String, MatrixValue> filter = new LinkedHashMap<>();
    private final Map<String, MatrixValue> extra = new LinkedHashMap<>();
    private boolean matched;

    IncludeEntry(MatrixValue.Mapping written) {
      this.written = written;
    }

    void split(java.util.Set<String> vectorKeys) {
      written.entries().forEach((k, v) -> (vectorKeys.contains(k) ? filter : extra).put(k, v));
    }

    boolean matches(MatrixValue.Mapping combination) {
      boolean matches = MatrixFilter.matches(new MatrixValue.Mapping(filter), combination);
      matched |= matches;
      return matches;
    }

    boolean matched() {
      return matched;
    }

    Map<String, MatrixValue> extra() {
      return extra;
    }

    /** The entry as a combination of its own: filter values first, then the extras. */
    Map<String, MatrixValue> whole() {
      Map<String, MatrixValue> whole = new LinkedHashMap<>(filter);
      whole.putAll(extra);
      return whole;
    }
  }
}
