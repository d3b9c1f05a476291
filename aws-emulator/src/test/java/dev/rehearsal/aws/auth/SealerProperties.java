package dev.rehearsal.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sealed credential opens only as sealed: any other text (random, base64 of any length, a sealed
 * one altered in one character) opens to nothing and never throws, so a forged password or session
 * token is a refusal, not a 500.
 */
class SealerProperties {
  record Value(String name, int number) {}

  private final Sealer sealer = new Sealer(new byte[32]);

  @Test
  void open_ofAnyText_isEmptyAndNeverThrows() {
    qt().withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .checkAssert(text -> assertThat(sealer.open(text, Value.class)).isEmpty());
  }

  @Test
  void open_ofBase64OfAnyLength_isEmptyAndNeverThrows() {
    qt().withExamples(2000)
        .forAll(integers().between(0, 120), integers().all())
        .checkAssert(
            (length, seed) -> {
              byte[] bytes = new byte[length];
              new java.util.Random(seed).nextBytes(bytes);
              String text = Base64.getEncoder().encodeToString(bytes);
              assertThat(sealer.open(text, Value.class)).isEmpty();
            });
  }

  @Test
  void open_ofASealedValueAlteredInOneCharacter_isEmpty() {
    String sealed = sealer.seal(new Value("GitHubActions", 42));
    List<Character> alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .chars()
            .mapToObj(c -> (char) c)
            .toList();
    // Every character but the last one before the padding: that one may carry unused bits.
    int end = (sealed.indexOf('=') < 0 ? sealed.length() : sealed.indexOf('=')) - 2;
    qt().withExamples(1000)
        .forAll(integers().between(0, end), arbitrary().pick(alphabet))
        .assuming((index, c) -> sealed.charAt(index) != c)
        .checkAssert(
            (index, c) -> {
              String altered = sealed.substring(0, index) + c + sealed.substring(index + 1);
              assertThat(sealer.open(altered, Value.class)).isEmpty();
            });
  }

  @Test
  void open_ofASealedValue_isTheValue() {
    qt().withExamples(200)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 64), integers().all())
        .checkAssert(
            (name, number) ->
                assertThat(sealer.open(sealer.seal(new Value(name, number)), Value.class))
                    .contains(new Value(name, number)));
  }
}
