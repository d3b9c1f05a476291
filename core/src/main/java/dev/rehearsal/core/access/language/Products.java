package dev.rehearsal.core.access.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Intersection, union and difference by the product construction over reachable pairs. */
final class Products {
  enum Mode {
    AND,
    OR,
    MINUS
  }

  private Products() {}

  static Dfa product(Dfa left, Dfa right, Mode mode) {
    left.requireSameAlphabet(right);
    int letters = left.alphabet().size();
    long width = right.stateCount();
    Map<Long, Integer> index = new HashMap<>();
    List<int[]> next = new ArrayList<>();
    List<Boolean> accepting = new ArrayList<>();
    ArrayDeque<Long> work = new ArrayDeque<>();
    index.put(0L, 0);
    work.add(0L);
    accepting.add(accepts(left, right, 0, 0, mode));
    while (!work.isEmpty()) {
      long pair = work.poll();
      int l = (int) (pair / width);
      int r = (int) (pair % width);
      int[] row = new int[letters];
      for (int letter = 0; letter < letters; letter++) {
        int tl = left.target(l, letter);
        int tr = right.target(r, letter);
        long to = tl * width + tr;
        Integer known = index.get(to);
        if (known == null) {
          known = index.size();
          index.put(to, known);
          accepting.add(accepts(left, right, tl, tr, mode));
          work.add(to);
        }
        row[letter] = known;
      }
      next.add(row);
    }
    boolean[] accept = new boolean[accepting.size()];
    for (int s = 0; s < accept.length; s++) {
      accept[s] = accepting.get(s);
    }
    return Sinks.collapse(new Dfa(left.alphabet(), next.toArray(new int[0][]), accept));
  }

  private static boolean accepts(Dfa left, Dfa right, int l, int r, Mode mode) {
    boolean a = left.accepting(l);
    boolean b = right.accepting(r);
    return switch (mode) {
      case AND -> a && b;
      case OR -> a || b;
      case MINUS -> a && !b;
    };
  }
}
