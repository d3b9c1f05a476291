package dev.rehearsal.core.access.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.evaluation.Wildcard;
import java.util.List;
import org.junit.jupiter.api.Test;

class DfaTest {
  private static final String ORG = "repo:acme/*";
  private static final String MAIN = "repo:acme/app:ref:refs/heads/main";
  private final Alphabet alphabet = Alphabet.of(List.of(ORG, MAIN));

  @Test
  void shortest_orgWildcardMinusOneBranch_isTheOrgPrefix() {
    Dfa org = Dfa.of(Wildcard.compile(ORG, false), alphabet);
    Dfa main = Dfa.literal(MAIN, false, alphabet);

    assertThat(org.minus(main).shortest()).contains("repo:acme/");
    assertThat(main.minus(org).isEmpty()).isTrue();
  }

  @Test
  void shortest_nonEmptyRepository_usesReadableLetters() {
    Dfa org = Dfa.of(Wildcard.compile(ORG, false), alphabet);
    Dfa bare = Dfa.literal("repo:acme/", false, Alphabet.of(List.of(ORG, MAIN)));

    // Another alphabet instance: combining is refused rather than silently wrong.
    assertThatThrownBy(() -> org.minus(bare)).isInstanceOf(IllegalArgumentException.class);
    Dfa longer = org.minus(Dfa.literal("repo:acme/", false, alphabet));
    assertThat(longer.shortest()).contains("repo:acme/a");
  }

  @Test
  void literal_questionMarkInStringEquals_isPlainText() {
    Alphabet withMark = Alphabet.of(List.of("repo:?"));
    Dfa literal = Dfa.literal("repo:?", false, withMark);

    assertThat(literal.accepts("repo:?")).isTrue();
    assertThat(literal.accepts("repo:x")).isFalse();
  }

  @Test
  void of_ignoreCase_acceptsKelvinSignForK() {
    // U+212A folds onto 'k' under the relation String.equalsIgnoreCase uses.
    Alphabet ks = Alphabet.of(List.of("k"));
    Dfa dfa = Dfa.literal("k", true, ks);

    assertThat(dfa.accepts("\u212A")).isTrue();
    assertThat(dfa.accepts("K")).isTrue();
    assertThat(dfa.accepts("x")).isFalse();
  }

  @Test
  void of_patternCharacterOutsideAlphabet_isRefused() {
    assertThatThrownBy(() -> Dfa.literal("z", false, Alphabet.of(List.of("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'z'");
  }
}
