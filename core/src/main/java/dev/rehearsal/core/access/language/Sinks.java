package dev.rehearsal.core.access.language;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keeps automata small in two linear passes: every state from which no accepting state can be
 * reached is one dead state, and every state from which no rejecting state can be reached is one
 * full state. Products of glob patterns are long chains ending in those two sinks, so this removes
 * most of what a full minimisation would, at a fraction of its cost (Moore's refinement needs as
 * many rounds as the longest literal). Both constructions build only reachable states, which is all
 * {@link Dfa#isEmpty()} needs.
 */
final class Sinks {
  private Sinks() {}

  static Dfa collapse(Dfa dfa) {
    int n = dfa.stateCount();
    int letters = dfa.alphabet().size();
    List<List<Integer>> reverse = reverse(dfa);
    boolean[] live = reaches(dfa, reverse, true);
    boolean[] partial = reaches(dfa, reverse, false);
    int[] renumber = new int[n];
    Arrays.fill(renumber, -1);
    int dead = -1;
    int full = -1;
    int count = 0;
    for (int s = 0; s < n; s++) {
      if (!live[s]) {
        dead = dead < 0 ? count++ : dead;
        renumber[s] = dead;
      } else if (!partial[s]) {
        full = full < 0 ? count++ : full;
        renumber[s] = full;
      } else {
        renumber[s] = count++;
      }
    }
    if (count == n) {
      return dfa;
    }
    int[][] next = new int[count][letters];
    boolean[] accepting = new boolean[count];
    for (int s = 0; s < n; s++) {
      accepting[renumber[s]] = dfa.accepting(s);
      for (int letter = 0; letter < letters; letter++) {
        next[renumber[s]][letter] = renumber[dfa.target(s, letter)];
      }
    }
    return new Dfa(dfa.alphabet(), next, accepting);
  }

  private static List<List<Integer>> reverse(Dfa dfa) {
    List<List<Integer>> reverse = new ArrayList<>(dfa.stateCount());
    for (int s = 0; s < dfa.stateCount(); s++) {
      reverse.add(new ArrayList<>());
    }
    for (int s = 0; s < dfa.stateCount(); s++) {
      for (int letter = 0; letter < dfa.alphabet().size(); letter++) {
        reverse.get(dfa.target(s, letter)).add(s);
      }
    }
    return reverse;
  }

  /** The states from which a state with acceptance {@code accepting} can be reached. */
  private static boolean[] reaches(Dfa dfa, List<List<Integer>> reverse, boolean accepting) {
    boolean[] reaches = new boolean[dfa.stateCount()];
    ArrayDeque<Integer> work = new ArrayDeque<>();
    for (int s = 0; s < reaches.length; s++) {
      if (dfa.accepting(s) == accepting) {
        reaches[s] = true;
        work.add(s);
      }
    }
    while (!work.isEmpty()) {
      for (int from : reverse.get(work.poll())) {
        if (!reaches[from]) {
          reaches[from] = true;
          work.add(from);
        }
      }
    }
    return reaches;
  }
}
