package dev.rehearsal.core.access.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.evaluation.Wildcard;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The automata against an independent oracle: core's {@link Wildcard} matcher, which the evaluator
 * uses. Small alphabets so that random strings often match; the text alphabet holds characters no
 * pattern writes ('c', 'é') and the Kelvin sign, which folds onto 'k'.
 */
class DfaProperties {
  @Property(tries = 1500)
  void of_anyPattern_acceptsWhatWildcardMatches(
      @ForAll("patterns") String pattern,
      @ForAll boolean ignoreCase,
      @ForAll("texts") String text) {
    Wildcard wildcard = Wildcard.compile(pattern, ignoreCase);
    Dfa dfa = Dfa.of(wildcard, Alphabet.of(List.of(pattern)));

    assertThat(dfa.accepts(text))
        .as("'%s' ~ '%s'", pattern, text)
        .isEqualTo(wildcard.matches(text));
  }

  @Property(tries = 1000)
  void booleanOperations_agreeWithWildcardOnEachSide(
      @ForAll("patterns") String left,
      @ForAll("patterns") String right,
      @ForAll("texts") String text) {
    Alphabet alphabet = Alphabet.of(List.of(left, right));
    Wildcard l = Wildcard.compile(left, false);
    Wildcard r = Wildcard.compile(right, true);
    Dfa a = Dfa.of(l, alphabet);
    Dfa b = Dfa.of(r, alphabet);

    assertThat(a.and(b).accepts(text)).isEqualTo(l.matches(text) && r.matches(text));
    assertThat(a.or(b).accepts(text)).isEqualTo(l.matches(text) || r.matches(text));
    assertThat(a.minus(b).accepts(text)).isEqualTo(l.matches(text) && !r.matches(text));
    assertThat(a.not().accepts(text)).isEqualTo(!l.matches(text));
  }

  @Property(tries = 1000)
  void shortest_isInTheLanguageAndNoShorterStringIs(
      @ForAll("patterns") String left, @ForAll("patterns") String right) {
    Alphabet alphabet = Alphabet.of(List.of(left, right));
    Wildcard l = Wildcard.compile(left, false);
    Wildcard r = Wildcard.compile(right, false);
    Dfa difference = Dfa.of(l, alphabet).minus(Dfa.of(r, alphabet));

    var witness = difference.shortest();

    assertThat(witness.isPresent()).isEqualTo(!difference.isEmpty());
    witness.ifPresent(
        w -> {
          assertThat(l.matches(w) && !r.matches(w)).as("witness '%s'", w).isTrue();
          // A strictly shorter member would be reached first: check the pattern's own shortest.
          assertThat(w.length()).isLessThanOrEqualTo(shortestByPattern(left, right));
        });
  }

  @Property(tries = 500)
  void emptiness_ofDifferenceWithItself_always(@ForAll("patterns") String pattern) {
    Alphabet alphabet = Alphabet.of(List.of(pattern));
    Dfa dfa = Dfa.of(Wildcard.compile(pattern, false), alphabet);

    assertThat(dfa.minus(dfa).isEmpty()).isTrue();
    assertThat(dfa.or(dfa.not()).containsAll(Dfa.all(alphabet))).isTrue();
  }

  /** The length of the pattern with runs empty and '?' one character, if it is a member. */
  private static int shortestByPattern(String left, String right) {
    String candidate = left.replace("*", "").replace("?", "a");
    boolean member =
        Wildcard.compile(left, false).matches(candidate)
            && !Wildcard.compile(right, false).matches(candidate);
    return member ? candidate.length() : Integer.MAX_VALUE;
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.strings().withChars("ab*?:Ak").ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abAB:kK\u212Acé").ofMaxLength(10);
  }
}
