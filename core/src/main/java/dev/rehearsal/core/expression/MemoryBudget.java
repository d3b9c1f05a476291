package dev.rehearsal.core.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * How much memory one evaluation may hold, so that no expression can build an unbounded string
 * (nested {@code format('{0}{0}', …)} doubles at each level). The runner's {@code EvaluationMemory}
 * keeps a total per tree level, freeing a level's results once a primitive result above it is
 * known; its {@code MemoryCounter} bounds what one function builds. Sizes are the runner's
 * estimates: 26 bytes plus 2 per character for a string, 24 for anything else, 8 per element an
 * object filter collects.
 *
 * <p>Values read from contexts are counted as the runner counts literals: the runner charges a
 * little more for them, since it converts them from its context-data types.
 */
final class MemoryBudget {
  private static final int MIN_OBJECT_SIZE = 24;
  private static final int STRING_BASE_OVERHEAD = 26;
  private static final int REFERENCE_SIZE = 8;

  private final long maxBytes;
  private final Expression root;
  private final List<Long> levels = new ArrayList<>();
  private int deepestActiveLevel = -1;
  private long total;

  MemoryBudget(long maxBytes, Expression root) {
    this.maxBytes = maxBytes;
    this.root = root;
  }

  /** Charges a node's result at its level of the tree (the root is level 0). */
  void charge(int level, Value result) {
    if (result.kind().isPrimitive()) {
      while (deepestActiveLevel > level) {
        total -= levels.get(deepestActiveLevel);
        levels.set(deepestActiveLevel, 0L);
        deepestActiveLevel--;
      }
    }
    while (levels.size() <= level) {
      levels.add(0L);
    }
    deepestActiveLevel = Math.max(deepestActiveLevel, level);
    long bytes = size(result);
    levels.set(level, levels.get(level) + bytes);
    total += bytes;
    if (total > maxBytes) {
      throw exceeded(root);
    }
  }

  Counter counter(Expression node) {
    return new Counter(node);
  }

  static long size(String text) {
    return STRING_BASE_OVERHEAD + 2L * text.length();
  }

  private static long size(Value value) {
    if (value instanceof StringValue string) {
      return size(string.value());
    } else if (value instanceof ArrayValue array && array.isFilterResult()) {
      return MIN_OBJECT_SIZE + (long) REFERENCE_SIZE * array.size();
    }
    return MIN_OBJECT_SIZE;
  }

  private static ExpressionException exceeded(Expression node) {
    return new ExpressionException(
        "The maximum allowed memory size was exceeded while evaluating the following expression: "
            + ExpressionPrinter.printLikeRunner(node));
  }

  /** What one function builds, bounded by the same maximum (the runner's MemoryCounter). */
  final class Counter {
    private final Expression node;
    private long bytes;

    private Counter(Expression node) {
      this.node = node;
    }

    void add(String text) {
      add(size(text));
    }

    void addReference() {
      add(REFERENCE_SIZE);
    }

    private void add(long amount) {
      bytes += amount;
      if (bytes > maxBytes) {
        throw exceeded(node);
      }
    }
  }
}
