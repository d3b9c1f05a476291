package dev.rehearsal.aws.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Session tokens are opaque, carry the session, and open only with the key that sealed them. */
class SessionTokensTest {
  private static final Session SESSION =
      new Session(
          "ASIAEXAMPLE000000000",
          "secret",
          Instant.parse("2026-11-25T23:00:00Z"),
          "000000000000",
          "arn:aws:iam::000000000000:role/R",
          "arn:aws:sts::000000000000:assumed-role/R/s",
          "AROAEXAMPLE000000000:s");

  @Test
  void open_whenSealedWithTheSameKey_returnsTheSession() {
    SessionTokens tokens = new SessionTokens(new byte[32]);

    assertThat(tokens.open(tokens.seal(SESSION))).contains(SESSION);
  }

  @Test
  void open_whenSealedWithAnotherKey_isEmpty() {
    byte[] other = new byte[32];
    other[0] = 1;

    assertThat(new SessionTokens(other).open(new SessionTokens(new byte[32]).seal(SESSION)))
        .isEmpty();
  }

  @Test
  void open_whenOneCharacterChanged_isEmpty() {
    SessionTokens tokens = new SessionTokens(new byte[32]);
    String token = tokens.seal(SESSION);
    String altered = (token.charAt(20) == 'A' ? 'B' : 'A') + "";

    assertThat(tokens.open(token.substring(0, 20) + altered + token.substring(21))).isEmpty();
    assertThat(tokens.open("not base64!")).isEmpty();
  }
}
