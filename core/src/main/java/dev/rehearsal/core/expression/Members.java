package dev.rehearsal.core.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code a.b}, {@code a[i]} and the object filter {@code a.*} (the runner's {@code Index}
 * operator). An object takes a primitive index as a key; an array takes it as a number, floored, so
 * {@code a['1']} and {@code a[1.5]} both read {@code a[1]}. A filter collects every member or
 * element into an array that applies the next index to each of its elements in turn: {@code
 * fruits.*.name} (docs, "Object filters"). Anything else reads as {@code null}.
 */
final class Members {
  private Members() {}

  /** What to read from a collection. The index is evaluated only when there is a collection. */
  interface Selector {
    boolean isAll();

    Value index();
  }

  static Selector all() {
    return selector(true, () -> Value.NULL);
  }

  static Selector named(String name) {
    Value key = Value.of(name);
    return selector(false, () -> key);
  }

  static Selector indexed(Supplier<Value> index) {
    return selector(false, index);
  }

  private static Selector selector(boolean all, Supplier<Value> index) {
    return new Selector() {
      @Override
      public boolean isAll() {
        return all;
      }

      @Override
      public Value index() {
        return index.get();
      }
    };
  }

  static Value of(Value target, Selector selector, MemoryBudget.Counter counter) {
    if (target instanceof ArrayValue array && array.isFilterResult()) {
      return eachOf(array, selector.isAll(), selector.isAll() ? null : selector.index(), counter);
    } else if (target instanceof ObjectValue object) {
      return selector.isAll()
          ? filtered(object.values(), counter)
          : member(object, selector.index());
    } else if (target instanceof ArrayValue array) {
      return selector.isAll()
          ? filtered(array.elements(), counter)
          : element(array, selector.index());
    }
    return selector.isAll() ? new ArrayValue(List.of(), true) : Value.NULL;
  }

  /** The runner's {@code HandleFilteredArray}: the index applied to each element in turn. */
  private static Value eachOf(
      ArrayValue filter, boolean all, Value index, MemoryBudget.Counter counter) {
    List<Value> collected = new ArrayList<>();
    for (Value item : filter.elements()) {
      List<Value> found = List.of();
      if (item instanceof ObjectValue object) {
        found =
            all ? object.values() : key(index).flatMap(object::get).map(List::of).orElse(List.of());
      } else if (item instanceof ArrayValue array) {
        found = all ? array.elements() : position(index, array).map(List::of).orElse(List.of());
      }
      for (Value value : found) {
        counter.addReference();
        collected.add(value);
      }
    }
    return new ArrayValue(collected, true);
  }

  private static Value filtered(List<Value> values, MemoryBudget.Counter counter) {
    values.forEach(value -> counter.addReference());
    return new ArrayValue(values, true);
  }

  private static Value member(ObjectValue object, Value index) {
    return key(index).flatMap(object::get).orElse(Value.NULL);
  }

  private static Value element(ArrayValue array, Value index) {
    return position(index, array).orElse(Value.NULL);
  }

  /** A primitive index names a member by its string form. */
  private static Optional<String> key(Value index) {
    return index.kind().isPrimitive() ? Optional.of(index.asString()) : Optional.empty();
  }

  /** An index names an element by its number, floored; NaN and negatives name none. */
  private static Optional<Value> position(Value index, ArrayValue array) {
    double number = index.asNumber();
    if (Double.isNaN(number) || number < 0d) {
      return Optional.empty();
    }
    double floor = Math.floor(number);
    return floor < array.size() ? Optional.of(array.elements().get((int) floor)) : Optional.empty();
  }
}
