package dev.rehearsal.core.access.language;

import dev.rehearsal.core.evaluation.Wildcard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A regular language as a complete deterministic automaton over an {@link Alphabet}'s classes,
 * every state reachable from the start (state 0). Immutable. Two automata combine only over the
 * same alphabet.
 *
 * <p>The issue names {@code dk.brics:automaton} for this; core may depend only on Jackson and
 * SnakeYAML (architecture.md), and glob patterns need only products, complement and a breadth-first
 * search, so the few operations are written here.
 */
public final class Dfa {
  private final Alphabet alphabet;
  private final int[][] next;
  private final boolean[] accepting;

  Dfa(Alphabet alphabet, int[][] next, boolean[] accepting) {
    this.alphabet = alphabet;
    this.next = next;
    this.accepting = accepting;
  }

  /** Every string. */
  public static Dfa all(Alphabet alphabet) {
    return new Dfa(alphabet, new int[][] {new int[alphabet.size()]}, new boolean[] {true});
  }

  /** No string. */
  public static Dfa none(Alphabet alphabet) {
    return new Dfa(alphabet, new int[][] {new int[alphabet.size()]}, new boolean[] {false});
  }

  /** The strings {@code pattern} matches, with its case rule. */
  public static Dfa of(Wildcard pattern, Alphabet alphabet) {
    return of(pattern.tokens(), pattern.ignoreCase(), alphabet);
  }

  /** The strings a sequence of pattern positions matches. */
  public static Dfa of(List<Wildcard.Token> tokens, boolean ignoreCase, Alphabet alphabet) {
    return Sinks.collapse(PatternCompiler.compile(tokens, ignoreCase, alphabet));
  }

  /** Exactly {@code text}, compared with or without case. */
  public static Dfa literal(String text, boolean ignoreCase, Alphabet alphabet) {
    return of(Wildcard.literal(text, ignoreCase), alphabet);
  }

  /** How a hand-built automaton moves: the state after {@code state} reads {@code c}. */
  @FunctionalInterface
  public interface Transitions {
    int next(int state, char c);
  }

  /**
   * An automaton written by hand over {@code accepting.length} states, starting in state 0: each
   * class moves as its {@link Alphabet#representative} does (exact for a written character; for the
   * class of all other characters, as its readable representative does). Only the states reachable
   * from the start are kept.
   */
  public static Dfa of(Alphabet alphabet, boolean[] accepting, Transitions transitions) {
    int[] renumber = new int[accepting.length];
    java.util.Arrays.fill(renumber, -1);
    List<Integer> order = new ArrayList<>(List.of(0));
    renumber[0] = 0;
    for (int i = 0; i < order.size(); i++) {
      for (int letter = 0; letter < alphabet.size(); letter++) {
        int to = transitions.next(order.get(i), alphabet.representative(letter));
        if (renumber[to] < 0) {
          renumber[to] = order.size();
          order.add(to);
        }
      }
    }
    int[][] next = new int[order.size()][alphabet.size()];
    boolean[] accepts = new boolean[order.size()];
    for (int i = 0; i < order.size(); i++) {
      accepts[i] = accepting[order.get(i)];
      for (int letter = 0; letter < alphabet.size(); letter++) {
        next[i][letter] = renumber[transitions.next(order.get(i), alphabet.representative(letter))];
      }
    }
    return Sinks.collapse(new Dfa(alphabet, next, accepts));
  }

  public Alphabet alphabet() {
    return alphabet;
  }

  public Dfa and(Dfa other) {
    return Products.product(this, other, Products.Mode.AND);
  }

  public Dfa or(Dfa other) {
    return Products.product(this, other, Products.Mode.OR);
  }

  public Dfa minus(Dfa other) {
    return Products.product(this, other, Products.Mode.MINUS);
  }

  public Dfa not() {
    boolean[] flipped = new boolean[accepting.length];
    for (int s = 0; s < flipped.length; s++) {
      flipped[s] = !accepting[s];
    }
    return new Dfa(alphabet, next, flipped);
  }

  /** Whether no string is in the language: no state accepts (every state is reachable). */
  public boolean isEmpty() {
    for (boolean accepts : accepting) {
      if (accepts) {
        return false;
      }
    }
    return true;
  }

  /** Whether every string of {@code other} is in this language. */
  public boolean containsAll(Dfa other) {
    return other.minus(this).isEmpty();
  }

  public boolean accepts(String text) {
    return accepting[run(text)];
  }

  /** Whether some string that starts with {@code prefix} is in the language. */
  public boolean acceptsSomeExtensionOf(String prefix) {
    return reachableFrom(run(prefix), true);
  }

  /** Whether every string that starts with {@code prefix} is in the language. */
  public boolean acceptsEveryExtensionOf(String prefix) {
    return !reachableFrom(run(prefix), false);
  }

  private int run(String text) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = next[state][alphabet.classOf(text.charAt(i))];
    }
    return state;
  }

  /** Whether a state with acceptance {@code accepts} is reachable from {@code from}. */
  private boolean reachableFrom(int from, boolean accepts) {
    boolean[] seen = new boolean[next.length];
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
    seen[from] = true;
    while (!queue.isEmpty()) {
      int state = queue.poll();
      if (accepting[state] == accepts) {
        return true;
      }
      for (int to : next[state]) {
        if (!seen[to]) {
          seen[to] = true;
          queue.add(to);
        }
      }
    }
    return false;
  }

  /**
   * The shortest string of the language and, among those, the first in readable order (lower-case
   * letters, digits, then punctuation and the rest): a breadth-first search that tries classes in
   * that order reaches each state first by such a string.
   */
  public Optional<String> shortest() {
    int[] parent = new int[next.length];
    int[] via = new int[next.length];
    java.util.Arrays.fill(parent, -2);
    parent[0] = -1;
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
    while (!queue.isEmpty()) {
      int state = queue.poll();
      if (accepting[state]) {
        return Optional.of(path(state, parent, via));
      }
      for (int letter : alphabet.readableOrder()) {
        int to = next[state][letter];
        if (parent[to] == -2) {
          parent[to] = state;
          via[to] = letter;
          queue.add(to);
        }
      }
    }
    return Optional.empty();
  }

  private String path(int state, int[] parent, int[] via) {
    List<Character> reversed = new ArrayList<>();
    for (int s = state; parent[s] != -1; s = parent[s]) {
      reversed.add(alphabet.representative(via[s]));
    }
    StringBuilder out = new StringBuilder(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) {
      out.append(reversed.get(i));
    }
    return out.toString();
  }

  int stateCount() {
    return next.length;
  }

  int target(int state, int letter) {
    return next[state][letter];
  }

  boolean accepting(int state) {
    return accepting[state];
  }

  void requireSameAlphabet(Dfa other) {
    if (!Objects.equals(alphabet, other.alphabet)) {
      throw new IllegalArgumentException("automata over different alphabets cannot be combined");
    }
  }
}
