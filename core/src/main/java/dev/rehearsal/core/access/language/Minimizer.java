package dev.rehearsal.core.access.language;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moore's partition refinement: states are split by acceptance, then by the blocks their letters
 * lead to, until no block splits. Inputs have only reachable states (both constructions build from
 * the start), so the result is the minimal automaton, and an empty language is one rejecting state,
 * which keeps {@link Dfa#isEmpty()} a scan.
 */
final class Minimizer {
  private Minimizer() {}

  static Dfa minimize(Dfa dfa) {
    int n = dfa.stateCount();
    int letters = dfa.alphabet().size();
    int[] block = new int[n];
    for (int s = 0; s < n; s++) {
      block[s] = dfa.accepting(s) ? 1 : 0;
    }
    int blocks = -1;
    int count = countDistinct(block);
    while (count != blocks) {
      blocks = count;
      Map<List<Integer>, Integer> signatures = new HashMap<>();
      int[] refined = new int[n];
      for (int s = 0; s < n; s++) {
        Integer[] signature = new Integer[letters + 1];
        signature[0] = block[s];
        for (int letter = 0; letter < letters; letter++) {
          signature[letter + 1] = block[dfa.target(s, letter)];
        }
        refined[s] = signatures.computeIfAbsent(Arrays.asList(signature), k -> signatures.size());
      }
      block = refined;
      count = signatures.size();
    }
    return rebuild(dfa, block, count);
  }

  /** The quotient automaton, numbered so that the start's block is state 0. */
  private static Dfa rebuild(Dfa dfa, int[] block, int count) {
    int[] renumber = new int[count];
    Arrays.fill(renumber, -1);
    renumber[block[0]] = 0;
    int assigned = 1;
    for (int s = 0; s < block.length; s++) {
      if (renumber[block[s]] < 0) {
        renumber[block[s]] = assigned++;
      }
    }
    int letters = dfa.alphabet().size();
    int[][] next = new int[count][letters];
    boolean[] accepting = new boolean[count];
    for (int s = 0; s < block.length; s++) {
      int b = renumber[block[s]];
      accepting[b] = dfa.accepting(s);
      for (int letter = 0; letter < letters; letter++) {
        next[b][letter] = renumber[block[dfa.target(s, letter)]];
      }
    }
    return new Dfa(dfa.alphabet(), next, accepting);
  }

  private static int countDistinct(int[] block) {
    return (int) Arrays.stream(block).distinct().count();
  }
}
