package dev.rehearsal.core.expression;

import java.util.List;

/**
 * An array. Java equality compares the elements, but GitHub's {@code ==} compares arrays by
 * identity: "Objects and arrays are only considered equal when they are the same instance" (docs,
 * Operators).
 *
 * <p>An array made by an object filter ({@code a.*}) remembers it: indexing it again applies the
 * index to each element, which is how {@code labels.*.name} collects every label's name (the
 * runner's {@code Index.FilteredArray}).
 */
public final class ArrayValue implements Value {
  private final List<Value> elements;
  private final boolean filterResult;

  public ArrayValue(List<? extends Value> elements) {
    this(elements, false);
  }

  ArrayValue(List<? extends Value> elements, boolean filterResult) {
    this.elements = List.copyOf(elements);
    this.filterResult = filterResult;
  }

  public static ArrayValue of(Value... elements) {
    return new ArrayValue(List.of(elements));
  }

  public List<Value> elements() {
    return elements;
  }

  public int size() {
    return elements.size();
  }

  boolean isFilterResult() {
    return filterResult;
  }

  @Override
  public ValueKind kind() {
    return ValueKind.ARRAY;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ArrayValue array && elements.equals(array.elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode();
  }

  @Override
  public String toString() {
    return "ArrayValue" + elements;
  }
}
