package dev.rehearsal.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Property;

/** Key ids and secrets in AWS's formats (IAM User Guide, "IAM identifiers": unique ID prefixes). */
class AccessKeysTest {
  @Property(tries = 200)
  void id_isTwentyCharactersOfBase32AfterThePrefix() {
    assertThat(AccessKeys.id("ASIA")).matches("ASIA[A-Z2-7]{16}");
    assertThat(AccessKeys.id("AROA")).matches("AROA[A-Z2-7]{16}");
  }

  @Property(tries = 200)
  void secret_isFortyBase64Characters() {
    assertThat(AccessKeys.secret()).matches("[A-Za-z0-9+/]{40}");
  }
}
