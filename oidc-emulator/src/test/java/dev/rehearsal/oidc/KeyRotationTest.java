package dev.rehearsal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Rotation keeps the old key published for its grace period; retirement removes it. */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class KeyRotationTest {
  static final String RUN = "{\"repository\": \"octo-org/rotating\"}";

  final Emulator emulator = Emulator.underTest();

  @Test
  void rotate_keepsTheOldKeyPublished_thenRetireRemovesIt() throws Exception {
    String before = emulator.mint(RUN);
    String oldKid = Emulator.parse(before).getHeader().getKeyID();

    HttpResponse<String> rotated =
        emulator.admin("POST", "/_rehearsal/keys/rotate", "{\"grace_seconds\": 3600}");
    String after = emulator.mint(RUN);
    String newKid = Emulator.json(rotated).get("active").asText();

    assertThat(rotated.statusCode()).isEqualTo(201);
    assertThat(Emulator.json(rotated).get("previous").asText()).isEqualTo(oldKid);
    assertThat(Emulator.parse(after).getHeader().getKeyID()).isEqualTo(newKid).isNotEqualTo(oldKid);
    assertThat(jwksKids()).contains(oldKid, newKid);
    assertThat(emulator.verifies(before)).isTrue();
    assertThat(emulator.verifies(after)).isTrue();

    HttpResponse<String> retired = emulator.admin("DELETE", "/_rehearsal/keys/" + oldKid, null);

    assertThat(retired.statusCode()).isEqualTo(200);
    assertThat(jwksKids()).doesNotContain(oldKid).contains(newKid);
    assertThat(emulator.verifies(before)).isFalse();
    assertThat(emulator.verifies(after)).isTrue();
  }

  @Test
  void rotate_withZeroGrace_unpublishesTheOldKeyAtOnce() throws Exception {
    String before = emulator.mint(RUN);

    emulator.admin("POST", "/_rehearsal/keys/rotate", "{\"grace_seconds\": 0}");

    assertThat(jwksKids()).doesNotContain(Emulator.parse(before).getHeader().getKeyID());
  }

  @Test
  void retire_theActiveOrAnUnknownKey_isRefused() {
    String active =
        Emulator.json(emulator.admin("GET", "/_rehearsal/keys", null)).get("active").asText();

    HttpResponse<String> activeKey = emulator.admin("DELETE", "/_rehearsal/keys/" + active, null);
    HttpResponse<String> unknown = emulator.admin("DELETE", "/_rehearsal/keys/no-such-kid", null);
    HttpResponse<String> badGrace =
        emulator.admin("POST", "/_rehearsal/keys/rotate", "{\"grace_seconds\": -1}");
    HttpResponse<String> unauthenticated =
        emulator.call("POST", "/_rehearsal/keys/rotate", null, null);

    assertThat(activeKey.statusCode()).isEqualTo(422);
    assertThat(Emulator.json(activeKey).get("message").asText()).contains("active signing key");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(badGrace.statusCode()).isEqualTo(422);
    assertThat(unauthenticated.statusCode()).isEqualTo(401);
    assertThat(
            Emulator.json(emulator.admin("GET", "/_rehearsal/keys", null)).get("active").asText())
        .isEqualTo(active);
  }

  private java.util.List<String> jwksKids() throws java.text.ParseException {
    return JWKSet.parse(emulator.get("/.well-known/jwks").body()).getKeys().stream()
        .map(key -> key.getKeyID())
        .toList();
  }
}
