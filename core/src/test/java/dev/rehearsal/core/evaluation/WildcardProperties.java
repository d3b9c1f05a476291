package dev.rehearsal.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Wildcard} against an independent oracle: the pattern turned into a regular expression,
 * each literal run quoted with {@link Pattern#quote}, {@code *} as {@code .*}, {@code ?} as {@code
 * .}. The alphabet is small so that generated strings often match.
 */
class WildcardProperties {
  @Property(tries = 2000)
  void matches_caseSensitive_agreesWithRegex(
      @ForAll("patterns") String pattern, @ForAll("texts") String text) {
    assertThat(Wildcard.compile(pattern, false).matches(text))
        .as("'%s' ~ '%s'", pattern, text)
        .isEqualTo(oracle(pattern, false).matcher(text).matches());
  }

  @Property(tries = 2000)
  void matches_ignoringCase_agreesWithRegex(
      @ForAll("patterns") String pattern, @ForAll("texts") String text) {
    assertThat(Wildcard.compile(pattern, true).matches(text))
        .as("'%s' ~ '%s'", pattern, text)
        .isEqualTo(oracle(pattern, true).matcher(text).matches());
  }

  @Property(tries = 1000)
  void matches_textBuiltFromPattern_alwaysMatches(
      @ForAll("patterns") String pattern, @ForAll("texts") String filler) {
    // Replace each * by the filler and each ? by one character of it (or 'x').
    String fill = filler.isEmpty() ? "x" : filler;
    String text = pattern.replace("*", filler).replace("?", fill.substring(0, 1));

    assertThat(Wildcard.compile(pattern, false).matches(text)).isTrue();
  }

  @Property(tries = 1000)
  void literal_matchesExactlyItself(
      @ForAll("patterns") String text, @ForAll("texts") String other) {
    Wildcard literal = Wildcard.literal(text, false);

    assertThat(literal.matches(text)).isTrue();
    assertThat(literal.matches(other)).isEqualTo(other.equals(text));
  }

  @Property(tries = 100)
  void matches_pathologicalPattern_answers(@ForAll("lengths") int n) {
    // A backtracking matcher needs exponential time for *a*a*...*ab against aaaa...: these tries
    // would not finish. The position-set matcher answers in text length x pattern length steps.
    String pattern = "*a".repeat(n) + "b";
    String text = "a".repeat(4 * n);

    assertThat(Wildcard.compile(pattern, false).matches(text)).isFalse();
    assertThat(Wildcard.compile(pattern, false).matches(text + "b")).isTrue();
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.strings().withChars("ab*?:A").ofMaxLength(10);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abAB:*?").ofMaxLength(14);
  }

  @Provide
  Arbitrary<Integer> lengths() {
    return Arbitraries.integers().between(1, 60);
  }

  private static Pattern oracle(String pattern, boolean ignoreCase) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '*' || c == '?') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    return Pattern.compile(regex.toString(), flags);
  }
}
