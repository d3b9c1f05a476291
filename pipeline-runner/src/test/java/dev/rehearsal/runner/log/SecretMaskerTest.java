package dev.rehearsal.runner.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Masking as actions/runner's {@code SecretMasker} masks (its {@code SecretMaskerL0.cs}). */
class SecretMaskerTest {
  @ParameterizedTest(name = "{0} in \"{1}\"")
  @CsvSource({
    "abc, abc, ***",
    "abc, xabcx, x***x",
    "abc, abcabc, ***",
    "aba, ababa, ***",
    "abc, ab c, ab c",
    "abc, '', ''",
  })
  void mask_everyOccurrence_overlappingOnesMerged(String secret, String line, String masked) {
    SecretMasker masker = new SecretMasker();
    masker.add(secret);

    assertThat(masker.mask(line)).isEqualTo(masked);
  }

  @Test
  void mask_adjacentSecrets_becomeOneMask() {
    SecretMasker masker = new SecretMasker();
    masker.add("abc");
    masker.add("def");

    assertThat(masker.mask("abcdef!")).isEqualTo("***!");
  }

  @Test
  void mask_theRunnersEncodingsOfASecret() {
    SecretMasker masker = new SecretMasker();
    String secret = "p@ss\"w'rd&more";
    masker.add(secret);

    assertThat(masker.mask(base64(secret))).isEqualTo("***");
    assertThat(masker.mask(base64("AWS:" + secret))).endsWith("***");
    assertThat(masker.mask("p%40ss%22w%27rd%26more")).isEqualTo("***");
    assertThat(masker.mask("p@ss\\\"w'rd&more")).isEqualTo("***");
    assertThat(masker.mask("p@ss&quot;w&apos;rd&amp;more")).isEqualTo("***");
    assertThat(masker.mask("p@ss\"w''rd&more")).isEqualTo("***");
  }

  @Test
  void add_multiLineSecret_masksEachLine() {
    SecretMasker masker = new SecretMasker();
    masker.add("first line\n  second line  \n");

    assertThat(masker.mask("x second line y")).isEqualTo("x *** y");
    assertThat(masker.mask("first line")).isEqualTo("***");
  }

  @Test
  void add_empty_masksNothing() {
    SecretMasker masker = new SecretMasker();
    masker.add("");

    assertThat(masker.mask("anything")).isEqualTo("anything");
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
