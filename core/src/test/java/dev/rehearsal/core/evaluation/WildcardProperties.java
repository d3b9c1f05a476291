package dev.rehearsal.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.property.Gens;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * {@link Wildcard} against an independent oracle: the pattern turned into a regular expression,
 * each literal run quoted with {@link Pattern#quote}, {@code *} as {@code .*}, {@code ?} as {@code
 * .}. The alphabet is small so that generated strings often match.
 */
class WildcardProperties {
  @Test
  void matches_caseSensitive_agreesWithRegex() {
    qt().withExamples(2000)
        .forAll(patterns(2000), texts(2000))
        .checkAssert(
            (pattern, text) ->
                assertThat(Wildcard.compile(pattern, false).matches(text))
                    .as("'%s' ~ '%s'", pattern, text)
                    .isEqualTo(oracle(pattern, false).matcher(text).matches()));
  }

  @Test
  void matches_ignoringCase_agreesWithRegex() {
    qt().withExamples(2000)
        .forAll(patterns(2000), texts(2000))
        .checkAssert(
            (pattern, text) ->
                assertThat(Wildcard.compile(pattern, true).matches(text))
                    .as("'%s' ~ '%s'", pattern, text)
                    .isEqualTo(oracle(pattern, true).matcher(text).matches()));
  }

  @Test
  void matches_textBuiltFromPattern_alwaysMatches() {
    qt().withExamples(1000)
        .forAll(patterns(1000), texts(1000))
        .checkAssert(
            (pattern, filler) -> {
              // Replace each * by the filler and each ? by one character of it (or 'x').
              String fill = filler.isEmpty() ? "x" : filler;
              String text = pattern.replace("*", filler).replace("?", fill.substring(0, 1));

              assertThat(Wildcard.compile(pattern, false).matches(text)).isTrue();
            });
  }

  @Test
  void literal_matchesExactlyItself() {
    qt().withExamples(1000)
        .forAll(patterns(1000), texts(1000))
        .checkAssert(
            (text, other) -> {
              Wildcard literal = Wildcard.literal(text, false);

              assertThat(literal.matches(text)).isTrue();
              assertThat(literal.matches(other)).isEqualTo(other.equals(text));
            });
  }

  /** Every length from 1 to 60, the range the property drew from (100 tries over 60 values). */
  @ParameterizedTest
  @MethodSource("lengths")
  void matches_pathologicalPattern_answers(int n) {
    // A backtracking matcher needs exponential time for *a*a*...*ab against aaaa...: these tries
    // would not finish. The position-set matcher answers in text length x pattern length steps.
    String pattern = "*a".repeat(n) + "b";
    String text = "a".repeat(4 * n);

    assertThat(Wildcard.compile(pattern, false).matches(text)).isFalse();
    assertThat(Wildcard.compile(pattern, false).matches(text + "b")).isTrue();
  }

  private static Gen<String> patterns(int tries) {
    return Gens.strings(Gens.chars("ab*?:A"), 0, 10, tries);
  }

  private static Gen<String> texts(int tries) {
    return Gens.strings(Gens.chars("abAB:*?"), 0, 14, tries);
  }

  static IntStream lengths() {
    return IntStream.rangeClosed(1, 60);
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
