package dev.rehearsal.core.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of requests that is a product: one {@link ValueSet} per dimension of a {@link
 * RequestSpace}. What one statement matches is a box; what a policy admits is a union of boxes.
 * {@code cut} marks the dimensions on which a difference took this box apart from another, where a
 * witness is most telling.
 */
record Box(List<ValueSet> sides, long cut) {
  Box {
    sides = List.copyOf(sides);
  }

  Box(List<ValueSet> sides) {
    this(sides, 0L);
  }

  ValueSet side(int dimension) {
    return sides.get(dimension);
  }

  boolean isEmpty() {
    return sides.stream().anyMatch(ValueSet::isEmpty);
  }

  Box and(Box other) {
    ValueSet[] both = new ValueSet[sides.size()];
    for (int i = 0; i < both.length; i++) {
      both[i] = sides.get(i).and(other.sides.get(i));
    }
    return new Box(Arrays.asList(both), cut | other.cut);
  }

  /**
   * This box minus {@code other} as disjoint boxes: for each dimension {@code i}, the requests that
   * agree with {@code other} on every dimension before {@code i} and leave it on dimension {@code
   * i}. Exact, and at most one box per dimension.
   */
  List<Box> minus(Box other) {
    if (and(other).isEmpty()) {
      return List.of(this);
    }
    List<Box> parts = new ArrayList<>();
    ValueSet[] prefix = sides.toArray(new ValueSet[0]);
    for (int i = 0; i < prefix.length; i++) {
      ValueSet outside = sides.get(i).minus(other.sides.get(i));
      if (!outside.isEmpty()) {
        ValueSet[] part = prefix.clone();
        part[i] = outside;
        parts.add(new Box(Arrays.asList(part), cut | (1L << Math.min(i, 63))));
      }
      prefix[i] = sides.get(i).and(other.sides.get(i));
    }
    return parts;
  }
}
