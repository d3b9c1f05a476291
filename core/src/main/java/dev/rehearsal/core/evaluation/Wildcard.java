package dev.rehearsal.core.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled IAM glob: {@code *} matches any run of characters (including none) and {@code ?}
 * exactly one (IAM User Guide, "IAM JSON policy elements: Condition operators", {@code
 * StringLike}). Nothing else is special: there are no character classes or escapes, so {@code [a]}
 * is plain text.
 *
 * <p>Matching never backtracks: the common shapes (no wildcard, one {@code *}) are answered with
 * {@code regionMatches}, every other pattern by running the pattern as a set of positions over the
 * text once, which costs at most text length × pattern length and never more, whatever the pattern.
 * Compile once and reuse; instances are immutable and thread-safe.
 */
public final class Wildcard {
  static final byte LITERAL = 0;
  static final byte ANY_CHAR = 1;
  static final byte ANY_RUN = 2;
  // Used only for Resource ARNs, whose wildcards stay inside one colon-separated segment.
  static final byte SEGMENT_CHAR = 3;
  static final byte SEGMENT_RUN = 4;

  private final char[] original;
  private final char[] folded;
  private final byte[] kinds;
  private final boolean ignoreCase;
  private final String text;
  // The fast path: a pattern with at most one ANY_RUN and no other wildcard is prefix*suffix.
  private final boolean prefixSuffixShape;
  private final boolean hasRun;
  private final String prefix;
  private final String suffix;

  private Wildcard(char[] original, byte[] kinds, boolean ignoreCase) {
    this(original, kinds, ignoreCase, render(original, kinds));
  }

  private Wildcard(char[] original, byte[] kinds, boolean ignoreCase, String text) {
    this.original = original;
    this.kinds = kinds;
    this.ignoreCase = ignoreCase;
    this.folded = ignoreCase ? fold(original) : original;
    this.text = text;
    int runs = 0;
    int runAt = -1;
    boolean otherWildcard = false;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == ANY_RUN) {
        runs++;
        runAt = i;
      } else if (kinds[i] != LITERAL) {
        otherWildcard = true;
      }
    }
    this.prefixSuffixShape = !otherWildcard && runs <= 1;
    this.hasRun = runs == 1;
    this.prefix = new String(original, 0, hasRun ? runAt : original.length);
    this.suffix = hasRun ? new String(original, runAt + 1, original.length - runAt - 1) : "";
  }

  /** Compiles a pattern in which {@code *} and {@code ?} are wildcards. */
  public static Wildcard compile(String pattern, boolean ignoreCase) {
    return builder().pattern(pattern).build(ignoreCase);
  }

  /** A pattern that matches exactly {@code text}; its {@code *} and {@code ?} are plain text. */
  public static Wildcard literal(String text, boolean ignoreCase) {
    return builder().literal(text).build(ignoreCase);
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean matches(String candidate) {
    return matches(candidate, 0, candidate.length());
  }

  /** Whether {@code candidate[from, to)} matches, without copying the region. */
  boolean matches(String candidate, int from, int to) {
    if (prefixSuffixShape) {
      return matchesPrefixSuffix(candidate, from, to);
    }
    return matchesGeneral(candidate, from, to);
  }

  /**
   * The pattern as text: wildcards as {@code *} and {@code ?}, literal characters as themselves.
   * Operators that take no wildcards ({@code StringEquals}) compare with this text.
   */
  public String text() {
    return text;
  }

  public boolean ignoreCase() {
    return ignoreCase;
  }

  /** What one position of a pattern matches. */
  public enum TokenKind {
    /** Its own character (folded when the pattern ignores case). */
    LITERAL,
    /** Any one character. */
    ANY_CHAR,
    /** Any run of characters, including none. */
    ANY_RUN,
    /** Any one character but a colon (an ARN segment of a Resource pattern). */
    SEGMENT_CHAR,
    /** Any run of characters without a colon. */
    SEGMENT_RUN
  }

  /** One position of a pattern: its kind and, for a literal, its character. */
  public record Token(TokenKind kind, char character) {}

  /**
   * The pattern as tokens, so that code reasoning about the set of strings a pattern matches (the
   * access diff's automata) reads the very pattern this class matches with.
   */
  public List<Token> tokens() {
    TokenKind[] byCode = TokenKind.values();
    List<Token> tokens = new ArrayList<>(kinds.length);
    for (int i = 0; i < kinds.length; i++) {
      tokens.add(new Token(byCode[kinds[i]], original[i]));
    }
    return List.copyOf(tokens);
  }

  public boolean hasWildcards() {
    for (byte kind : kinds) {
      if (kind != LITERAL) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesPrefixSuffix(String candidate, int from, int to) {
    int length = to - from;
    if (!hasRun) {
      return length == prefix.length()
          && candidate.regionMatches(ignoreCase, from, prefix, 0, prefix.length());
    }
    return length >= prefix.length() + suffix.length()
        && candidate.regionMatches(ignoreCase, from, prefix, 0, prefix.length())
        && candidate.regionMatches(ignoreCase, to - suffix.length(), suffix, 0, suffix.length());
  }

  /**
   * Simulates the pattern as an automaton whose states are token positions: state {@code i} means
   * "tokens before i are matched". Runs loop on themselves and may be skipped.
   */
  private boolean matchesGeneral(String candidate, int from, int to) {
    int m = kinds.length;
    boolean[] current = new boolean[m + 1];
    boolean[] next = new boolean[m + 1];
    current[0] = true;
    closeOverRuns(current);
    for (int at = from; at < to; at++) {
      char c = ignoreCase ? foldChar(candidate.charAt(at)) : candidate.charAt(at);
      Arrays.fill(next, false);
      boolean alive = false;
      for (int i = 0; i < m; i++) {
        if (current[i]) {
          alive |= step(i, c, next);
        }
      }
      if (!alive) {
        return false;
      }
      closeOverRuns(next);
      boolean[] swap = current;
      current = next;
      next = swap;
    }
    return current[m];
  }

  private boolean step(int i, char c, boolean[] next) {
    boolean taken =
        switch (kinds[i]) {
          case LITERAL -> folded[i] == c;
          case ANY_CHAR -> true;
          case SEGMENT_CHAR -> c != ':';
          case ANY_RUN -> true;
          default -> c != ':';
        };
    if (taken) {
      boolean run = kinds[i] == ANY_RUN || kinds[i] == SEGMENT_RUN;
      next[run ? i : i + 1] = true;
    }
    return taken;
  }

  private void closeOverRuns(boolean[] states) {
    for (int i = 0; i < kinds.length; i++) {
      if (states[i] && (kinds[i] == ANY_RUN || kinds[i] == SEGMENT_RUN)) {
        states[i + 1] = true;
      }
    }
  }

  /**
   * Splits on literal {@code separator} characters into at most {@code maxParts} patterns, the last
   * one keeping the rest: how an ARN pattern becomes its six segments.
   */
  Wildcard[] splitOnLiteral(char separator, int maxParts) {
    List<Wildcard> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < kinds.length && parts.size() < maxParts - 1; i++) {
      if (kinds[i] == LITERAL && original[i] == separator) {
        parts.add(slice(start, i));
        start = i + 1;
      }
    }
    parts.add(slice(start, kinds.length));
    return parts.toArray(new Wildcard[0]);
  }

  /**
   * The Resource element's reading of an ARN pattern: in the first five segments {@code ?} and
   * {@code *} do not cross a colon, except a {@code *} that ends its segment, which "can expand to
   * match beyond the colon boundaries" (IAM User Guide, "IAM JSON policy elements: Resource",
   * "Using wildcards in resource ARNs"). The resource segment (after the fifth colon) is unchanged.
   */
  public Wildcard boundedToArnSegments() {
    if (!text.startsWith("arn:")) {
      return this;
    }
    byte[] bounded = kinds.clone();
    int colons = 0;
    for (int i = 0; i < kinds.length && colons < 5; i++) {
      if (kinds[i] == LITERAL && original[i] == ':') {
        colons++;
      } else if (kinds[i] == ANY_CHAR) {
        bounded[i] = SEGMENT_CHAR;
      } else if (kinds[i] == ANY_RUN && !endsSegment(i)) {
        bounded[i] = SEGMENT_RUN;
      }
    }
    return new Wildcard(original, bounded, ignoreCase);
  }

  private boolean endsSegment(int i) {
    return i + 1 == kinds.length || (kinds[i + 1] == LITERAL && original[i + 1] == ':');
  }

  private Wildcard slice(int from, int to) {
    return new Wildcard(
        Arrays.copyOfRange(original, from, to), Arrays.copyOfRange(kinds, from, to), ignoreCase);
  }

  /** The case folding of ignore-case matching: two characters match when their folds are equal. */
  public static char foldChar(char c) {
    // The same relation String.regionMatches(ignoreCase=true) uses, so both paths agree.
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static char[] fold(char[] chars) {
    char[] out = new char[chars.length];
    for (int i = 0; i < chars.length; i++) {
      out[i] = foldChar(chars[i]);
    }
    return out;
  }

  private static String render(char[] chars, byte[] kinds) {
    StringBuilder out = new StringBuilder(chars.length);
    for (int i = 0; i < chars.length; i++) {
      out.append(kinds[i] == LITERAL ? chars[i] : kinds[i] == ANY_CHAR ? '?' : '*');
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Wildcard that
        && ignoreCase == that.ignoreCase
        && Arrays.equals(original, that.original)
        && Arrays.equals(kinds, that.kinds);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(original) + Arrays.hashCode(kinds) + (ignoreCase ? 1 : 0);
  }

  @Override
  public String toString() {
    return text;
  }

  /**
   * Builds a pattern from pieces, so that text substituted into a policy (a policy variable's
   * value, or the escapes {@code ${*}}, {@code ${?}}) stays literal while the policy's own {@code
   * *} and {@code ?} stay wildcards.
   */
  public static final class Builder {
    private final StringBuilder chars = new StringBuilder();
    // The text as given: "**" is one run for matching, but StringEquals compares "a**" as written.
    private final StringBuilder written = new StringBuilder();
    private final List<Byte> kinds = new ArrayList<>();

    private Builder() {}

    /** Appends text in which {@code *} and {@code ?} are wildcards. */
    public Builder pattern(String pattern) {
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '*') {
          anyRun();
        } else if (c == '?') {
          anyChar();
        } else {
          add(c, LITERAL);
        }
      }
      return this;
    }

    /** Appends text matched character for character. */
    public Builder literal(String text) {
      for (int i = 0; i < text.length(); i++) {
        add(text.charAt(i), LITERAL);
      }
      return this;
    }

    public Builder anyRun() {
      written.append('*');
      // "**" means the same as "*"; one token keeps the fast path for "a**b".
      if (kinds.isEmpty() || kinds.get(kinds.size() - 1) != ANY_RUN) {
        add('*', ANY_RUN);
      }
      return this;
    }

    public Builder anyChar() {
      return add('?', ANY_CHAR);
    }

    public Wildcard build(boolean ignoreCase) {
      byte[] kindArray = new byte[kinds.size()];
      for (int i = 0; i < kindArray.length; i++) {
        kindArray[i] = kinds.get(i);
      }
      return new Wildcard(
          chars.toString().toCharArray(), kindArray, ignoreCase, written.toString());
    }

    private Builder add(char c, byte kind) {
      if (kind != ANY_RUN) {
        written.append(c);
      }
      chars.append(c);
      kinds.add(kind);
      return this;
    }
  }
}
