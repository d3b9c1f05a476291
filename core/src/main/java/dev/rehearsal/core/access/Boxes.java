package dev.rehearsal.core.access;

import java.util.ArrayList;
import java.util.List;

/** Unions of boxes: difference and intersection, with a bound on how far they may split. */
final class Boxes {
  /** Past this many boxes the answer is reported as undecided rather than computed for long. */
  static final int LIMIT = 20_000;

  /** Thrown when a difference would split into more than {@link #LIMIT} boxes. */
  static final class TooComplex extends RuntimeException {
    TooComplex() {
      super(
          "the policies split into more than "
              + LIMIT
              + " disjoint request sets; compare fewer statements at a time",
          null,
          false,
          false);
    }
  }

  private Boxes() {}

  /** The requests in some box of {@code from} and in no box of {@code remove}. */
  static List<Box> minus(List<Box> from, List<Box> remove) {
    List<Box> result = new ArrayList<>();
    for (Box box : from) {
      List<Box> pieces = List.of(box);
      for (Box cut : remove) {
        List<Box> next = new ArrayList<>();
        for (Box piece : pieces) {
          next.addAll(piece.minus(cut));
        }
        pieces = next;
        if (pieces.size() + result.size() > LIMIT) {
          throw new TooComplex();
        }
      }
      result.addAll(pieces);
    }
    return result;
  }

  /** The requests in some box of {@code left} and some box of {@code right}. */
  static List<Box> and(List<Box> left, List<Box> right) {
    List<Box> result = new ArrayList<>();
    for (Box l : left) {
      for (Box r : right) {
        Box both = l.and(r);
        if (!both.isEmpty()) {
          result.add(both);
        }
      }
      if (result.size() > LIMIT) {
        throw new TooComplex();
      }
    }
    return result;
  }
}
