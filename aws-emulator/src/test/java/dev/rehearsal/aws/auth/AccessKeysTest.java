package dev.rehearsal.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Key ids and secrets in AWS's formats (IAM User Guide, "IAM identifiers": unique ID prefixes). */
class AccessKeysTest {
  /** The ids are random: 200 of them, as the property's 200 tries were. */
  @Test
  void id_isTwentyCharactersOfBase32AfterThePrefix() {
    for (int i = 0; i < 200; i++) {
      assertThat(AccessKeys.id("ASIA")).matches("ASIA[A-Z2-7]{16}");
      assertThat(AccessKeys.uniqueId("AROA")).matches("AROA[A-Z2-7]{17}");
    }
  }

  @Test
  void secret_isFortyBase64Characters() {
    for (int i = 0; i < 200; i++) {
      assertThat(AccessKeys.secret()).matches("[A-Za-z0-9+/]{40}");
    }
  }
}
