package dev.rehearsal.core.access.language;

import dev.rehearsal.core.evaluation.Wildcard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns pattern positions into an automaton by the subset construction over the positions, the same
 * automaton {@link Wildcard} simulates when it matches: position {@code i} means "the tokens before
 * {@code i} are matched"; runs loop on themselves and may be skipped.
 */
final class PatternCompiler {
  private PatternCompiler() {}

  static Dfa compile(List<Wildcard.Token> tokens, boolean ignoreCase, Alphabet alphabet) {
    int m = tokens.size();
    boolean[][] matches = matches(tokens, ignoreCase, alphabet);
    Map<BitSet, Integer> index = new HashMap<>();
    List<BitSet> states = new ArrayList<>();
    List<int[]> next = new ArrayList<>();
    BitSet start = new BitSet();
    start.set(0);
    close(start, tokens);
    index.put(start, 0);
    states.add(start);
    ArrayDeque<Integer> work = new ArrayDeque<>(List.of(0));
    while (!work.isEmpty()) {
      int s = work.poll();
      int[] row = new int[alphabet.size()];
      for (int letter = 0; letter < row.length; letter++) {
        BitSet to = step(states.get(s), letter, tokens, matches);
        Integer known = index.get(to);
        if (known == null) {
          known = states.size();
          index.put(to, known);
          states.add(to);
          work.add(known);
        }
        row[letter] = known;
      }
      while (next.size() <= s) {
        next.add(null);
      }
      next.set(s, row);
    }
    boolean[] accepting = new boolean[states.size()];
    for (int s = 0; s < accepting.length; s++) {
      accepting[s] = states.get(s).get(m);
    }
    return new Dfa(alphabet, next.toArray(new int[0][]), accepting);
  }

  /** For each position, the classes it matches. */
  private static boolean[][] matches(
      List<Wildcard.Token> tokens, boolean ignoreCase, Alphabet alphabet) {
    boolean[][] matches = new boolean[tokens.size()][];
    for (int i = 0; i < matches.length; i++) {
      Wildcard.Token token = tokens.get(i);
      if (token.kind() == Wildcard.TokenKind.LITERAL
          && alphabet.classOf(token.character()) == alphabet.size() - 1) {
        throw new IllegalArgumentException(
            "the alphabet lacks the pattern's character '" + token.character() + "'");
      }
      matches[i] = alphabet.matching(token, ignoreCase);
    }
    return matches;
  }

  private static BitSet step(
      BitSet from, int letter, List<Wildcard.Token> tokens, boolean[][] matches) {
    BitSet to = new BitSet();
    for (int i = from.nextSetBit(0); i >= 0 && i < tokens.size(); i = from.nextSetBit(i + 1)) {
      if (matches[i][letter]) {
        to.set(isRun(tokens.get(i)) ? i : i + 1);
      }
    }
    close(to, tokens);
    return to;
  }

  private static void close(BitSet states, List<Wildcard.Token> tokens) {
    // Ascending order: a run reached through a skipped run is visited after it.
    for (int i = states.nextSetBit(0); i >= 0 && i < tokens.size(); i = states.nextSetBit(i + 1)) {
      if (isRun(tokens.get(i))) {
        states.set(i + 1);
      }
    }
  }

  private static boolean isRun(Wildcard.Token token) {
    return token.kind() == Wildcard.TokenKind.ANY_RUN
        || token.kind() == Wildcard.TokenKind.SEGMENT_RUN;
  }
}
