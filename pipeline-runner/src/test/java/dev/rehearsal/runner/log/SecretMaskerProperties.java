package dev.rehearsal.runner.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.runner.support.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A registered secret never appears in a masked line, whatever surrounds it. Secrets are drawn
 * without {@code *}: one containing it can be formed again by the mask, in the runner as here.
 */
class SecretMaskerProperties {
  @Test
  void mask_lineContainingTheSecret_neverShowsIt() {
    qt().withExamples(5000)
        .forAll(
            Texts.over("abAB1:/ ", 1, 12),
            Texts.over("abAB1:/* ", 0, 20),
            Texts.over("abAB1:/* ", 0, 20))
        .checkAssert(
            (secret, before, after) -> {
              SecretMasker masker = new SecretMasker();
              masker.add(secret);

              String masked = masker.mask(before + secret + after + secret);

              assertThat(masked).doesNotContain(secret);
              assertThat(masked).contains(SecretMasker.MASK);
            });
  }

  @Test
  void mask_base64OfAPrefixAndTheSecret_hidesTheSecretsAlignedEncoding() {
    qt().withExamples(2000)
        .forAll(Texts.over("abAB1:/", 3, 12), Texts.over("xyz:", 0, 5))
        .checkAssert(
            (secret, prefix) -> {
              SecretMasker masker = new SecretMasker();
              masker.add(secret);
              // base64 works in groups of 3 bytes: after a prefix of p bytes the secret's encoding
              // starts cleanly at its byte (3 - p % 3) % 3, which the shifted encoders register.
              int aligned = (3 - prefix.length() % 3) % 3;

              String masked = masker.mask(base64(prefix + secret));

              assertThat(masked).doesNotContain(base64(secret.substring(aligned)));
            });
  }

  @Test
  void mask_withoutSecrets_changesNothing() {
    qt().withExamples(1000)
        .forAll(Texts.over("abc*: ", 0, 30))
        .checkAssert(line -> assertThat(new SecretMasker().mask(line)).isEqualTo(line));
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
