package dev.rehearsal.core.workflow.trigger;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * One pattern of a branch, tag or path filter, after GitHub's "Filter pattern cheat sheet"
 * (docs.github.com, "Workflow syntax for GitHub Actions"): {@code *} matches any run of characters
 * but {@code /}; {@code **} any run including {@code /} ({@code **}{@code /} also none, so {@code
 * **}{@code /README.md} matches {@code README.md}); {@code ?} makes the preceding character
 * optional and {@code +} repeats it; {@code [..]} is one of the listed characters or ranges ({@code
 * a-z}, {@code A-Z}, {@code 0-9}); {@code \} makes the next character literal; a leading {@code !}
 * negates the pattern. The whole name or path must match.
 *
 * <p>Matching walks the pattern once over the set of positions it can reach, so no pattern takes
 * more steps than its length times the name's (a backtracking regex can take exponential time on
 * {@code **a**a**a**b}).
 */
public final class FilterPattern {
  private final String source;
  private final boolean negated;
  private final List<Token> tokens;

  private FilterPattern(String source, boolean negated, List<Token> tokens) {
    this.source = source;
    this.negated = negated;
    this.tokens = tokens;
  }

  /** The pattern as written, {@code !} included. */
  public String source() {
    return source;
  }

  /** True for a {@code !pattern}, which excludes what earlier patterns included. */
  public boolean negated() {
    return negated;
  }

  /**
   * Compiles {@code source}; an empty pattern or a malformed {@code [..]} is refused with the
   * reason.
   */
  public static FilterPattern compile(String source) {
    boolean negated = source.startsWith("!");
    String glob = negated ? source.substring(1) : source;
    return new FilterPattern(source, negated, new Compiler(glob).tokens());
  }

  /** Why {@code source} is not a valid pattern, if it is not one. */
  public static Optional<String> problem(String source) {
    try {
      compile(source);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Whether the pattern (ignoring its {@code !}) matches the whole of {@code name}. */
  public boolean matches(String name) {
    BitSet positions = new BitSet(name.length() + 1);
    positions.set(0);
    for (Token token : tokens) {
      positions = token.advance(name, positions);
      if (positions.isEmpty()) {
        return false;
      }
    }
    return positions.get(name.length());
  }

  @Override
  public String toString() {
    return source;
  }

  /** How many times a token's character test may repeat. */
  private enum Repeat {
    ONCE,
    OPTIONAL,
    ANY_NUMBER
  }

  /** A step of the pattern: one character test repeated, or {@code **}{@code /}. */
  private record Token(IntPredicate test, Repeat repeat, boolean directories) {
    BitSet advance(String name, BitSet from) {
      if (directories) {
        return directories(name, from);
      }
      if (repeat == Repeat.ANY_NUMBER) {
        // one forward pass: a position reached lets the next one be reached
        BitSet to = (BitSet) from.clone();
        for (int at = to.nextSetBit(0); at >= 0 && at < name.length(); at = to.nextSetBit(at + 1)) {
          if (test.test(name.charAt(at))) {
            to.set(at + 1);
          }
        }
        return to;
      }
      BitSet to = repeat == Repeat.OPTIONAL ? (BitSet) from.clone() : new BitSet(name.length() + 1);
      for (int at = from.nextSetBit(0);
          at >= 0 && at < name.length();
          at = from.nextSetBit(at + 1)) {
        if (test.test(name.charAt(at))) {
          to.set(at + 1);
        }
      }
      return to;
    }

    /** {@code **}{@code /}: nothing, or at least one character and a {@code /}. */
    private static BitSet directories(String name, BitSet from) {
      BitSet to = (BitSet) from.clone();
      int first = from.nextSetBit(0);
      for (int slash = name.indexOf('/', first + 1);
          slash >= 0;
          slash = name.indexOf('/', slash + 1)) {
        to.set(slash + 1);
      }
      return to;
    }
  }

  /** Turns the glob into tokens, refusing what GitHub's cheat sheet does not allow. */
  private static final class Compiler {
    private final String glob;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    Compiler(String glob) {
      this.glob = glob;
    }

    List<Token> tokens() {
      if (glob.isEmpty()) {
        throw new IllegalArgumentException("a pattern cannot be empty");
      }
      while (at < glob.length()) {
        char c = glob.charAt(at);
        if (c == '*') {
          star();
        } else if ((c == '?' || c == '+') && !tokens.isEmpty()) {
          quantify(c);
        } else if (c == '[') {
          add(charClass());
        } else if (c == '\\') {
          if (at + 1 >= glob.length()) {
            throw new IllegalArgumentException(
                "a '\\' must be followed by the character it escapes");
          }
          add(literal(glob.charAt(at + 1)));
          at += 2;
        } else {
          add(literal(c));
          at++;
        }
      }
      return List.copyOf(tokens);
    }

    private void star() {
      if (glob.startsWith("**/", at)) {
        tokens.add(new Token(ch -> true, Repeat.ANY_NUMBER, true));
        at += 3;
      } else if (glob.startsWith("**", at)) {
        tokens.add(new Token(ch -> true, Repeat.ANY_NUMBER, false));
        at += 2;
      } else {
        tokens.add(new Token(ch -> ch != '/', Repeat.ANY_NUMBER, false));
        at++;
      }
    }

    /** A {@code ?} or {@code +} applies to the single character or class written just before. */
    private void quantify(char quantifier) {
      Token last = tokens.get(tokens.size() - 1);
      if (last.repeat() == Repeat.ONCE) {
        if (quantifier == '?') {
          tokens.set(tokens.size() - 1, new Token(last.test(), Repeat.OPTIONAL, false));
        } else {
          tokens.add(new Token(last.test(), Repeat.ANY_NUMBER, false));
        }
      }
      // after '*', '**' or another quantifier, '?' and '+' add nothing that can match
      at++;
    }

    private void add(IntPredicate test) {
      tokens.add(new Token(test, Repeat.ONCE, false));
    }

    private static IntPredicate literal(char c) {
      return ch -> ch == c;
    }

    private IntPredicate charClass() {
      int close = glob.indexOf(']', at + 1);
      if (close < 0) {
        throw new IllegalArgumentException("missing closing bracket ']' after '['");
      }
      String body = glob.substring(at + 1, close);
      if (body.isEmpty()) {
        throw new IllegalArgumentException("unexpected empty brackets '[]'");
      }
      BitSet members = new BitSet(128);
      for (int i = 0; i < body.length(); i++) {
        char first = body.charAt(i);
        if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
          char last = body.charAt(i + 2);
          if (!range(first, last)) {
            throw new IllegalArgumentException(
                "ranges can only include a-z, A-Z and 0-9, found '" + first + "-" + last + "'");
          }
          members.set(first, last + 1);
          i += 2;
        } else if (Character.isLetterOrDigit(first) && first < 128) {
          members.set(first);
        } else {
          throw new IllegalArgumentException(
              "brackets can only list a-z, A-Z and 0-9, found '" + first + "'");
        }
      }
      at = close + 1;
      return ch -> ch < 128 && members.get(ch);
    }

    private static boolean range(char first, char last) {
      return first <= last
          && ((first >= 'a' && last <= 'z')
              || (first >= 'A' && last <= 'Z')
              || (first >= '0' && last <= '9'));
    }
  }
}
