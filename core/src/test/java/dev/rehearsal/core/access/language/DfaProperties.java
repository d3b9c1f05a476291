package dev.rehearsal.core.access.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import dev.rehearsal.core.evaluation.Wildcard;
import dev.rehearsal.core.property.Gens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The automata against an independent oracle: core's {@link Wildcard} matcher, which the evaluator
 * uses. Small alphabets so that random strings often match; the text alphabet holds characters no
 * pattern writes ('c', 'é') and the Kelvin sign, which folds onto 'k'.
 */
class DfaProperties {
  @Test
  void of_anyPattern_acceptsWhatWildcardMatches() {
    qt().withExamples(1500)
        .forAll(patterns(1500), booleans().all(), texts(1500))
        .checkAssert(
            (pattern, ignoreCase, text) -> {
              Wildcard wildcard = Wildcard.compile(pattern, ignoreCase);
              Dfa dfa = Dfa.of(wildcard, Alphabet.of(List.of(pattern)));

              assertThat(dfa.accepts(text))
                  .as("'%s' ~ '%s'", pattern, text)
                  .isEqualTo(wildcard.matches(text));
            });
  }

  @Test
  void booleanOperations_agreeWithWildcardOnEachSide() {
    qt().withExamples(1000)
        .forAll(patterns(1000), patterns(1000), texts(1000))
        .checkAssert(
            (left, right, text) -> {
              Alphabet alphabet = Alphabet.of(List.of(left, right));
              Wildcard l = Wildcard.compile(left, false);
              Wildcard r = Wildcard.compile(right, true);
              Dfa a = Dfa.of(l, alphabet);
              Dfa b = Dfa.of(r, alphabet);

              assertThat(a.and(b).accepts(text)).isEqualTo(l.matches(text) && r.matches(text));
              assertThat(a.or(b).accepts(text)).isEqualTo(l.matches(text) || r.matches(text));
              assertThat(a.minus(b).accepts(text)).isEqualTo(l.matches(text) && !r.matches(text));
              assertThat(a.not().accepts(text)).isEqualTo(!l.matches(text));
            });
  }

  @Test
  void shortest_isInTheLanguageAndNoShorterStringIs() {
    qt().withExamples(1000)
        .forAll(patterns(1000), patterns(1000))
        .checkAssert(
            (left, right) -> {
              Alphabet alphabet = Alphabet.of(List.of(left, right));
              Wildcard l = Wildcard.compile(left, false);
              Wildcard r = Wildcard.compile(right, false);
              Dfa difference = Dfa.of(l, alphabet).minus(Dfa.of(r, alphabet));

              var witness = difference.shortest();

              assertThat(witness.isPresent()).isEqualTo(!difference.isEmpty());
              witness.ifPresent(
                  w -> {
                    assertThat(l.matches(w) && !r.matches(w)).as("witness '%s'", w).isTrue();
                    // A strictly shorter member would be reached first: check the pattern's own
                    // shortest.
                    assertThat(w.length()).isLessThanOrEqualTo(shortestByPattern(left, right));
                  });
            });
  }

  @Test
  void emptiness_ofDifferenceWithItself_always() {
    qt().withExamples(500)
        .forAll(patterns(500))
        .checkAssert(
            pattern -> {
              Alphabet alphabet = Alphabet.of(List.of(pattern));
              Dfa dfa = Dfa.of(Wildcard.compile(pattern, false), alphabet);

              assertThat(dfa.minus(dfa).isEmpty()).isTrue();
              assertThat(dfa.or(dfa.not()).containsAll(Dfa.all(alphabet))).isTrue();
            });
  }

  /** The length of the pattern with runs empty and '?' one character, if it is a member. */
  private static int shortestByPattern(String left, String right) {
    String candidate = left.replace("*", "").replace("?", "a");
    boolean member =
        Wildcard.compile(left, false).matches(candidate)
            && !Wildcard.compile(right, false).matches(candidate);
    return member ? candidate.length() : Integer.MAX_VALUE;
  }

  private static Gen<String> patterns(int tries) {
    return Gens.strings(Gens.chars("ab*?:Ak"), 0, 8, tries);
  }

  private static Gen<String> texts(int tries) {
    return Gens.strings(Gens.chars("abAB:kK\u212Acé"), 0, 10, tries);
  }
}
