package dev.rehearsal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GHEC with {@code include_enterprise_slug}: the issuer is {@code
 * https://token.actions.githubusercontent.com/<slug>} (docs.github.com, "Customizing the issuer
 * value for an enterprise"), and a verifier looks for the discovery document and the JWKS under it.
 */
@QuarkusTest
@TestProfile(EnterpriseIssuerTest.Enterprise.class)
@WithTestResource(EmulatorTestResource.class)
class EnterpriseIssuerTest {
  static final String ISSUER = "https://token.actions.githubusercontent.com/octocat-inc";

  /** The enterprise issuer. */
  public static class Enterprise implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rehearsal.issuer", ISSUER);
    }
  }

  final Emulator emulator = Emulator.underTest();

  @Test
  void discovery_underTheSlug_namesTheEnterpriseIssuerAndItsJwks() {
    HttpResponse<String> response = emulator.get("/octocat-inc/.well-known/openid-configuration");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Emulator.json(response).get("issuer").asText()).isEqualTo(ISSUER);
    assertThat(Emulator.json(response).get("jwks_uri").asText())
        .isEqualTo(ISSUER + "/.well-known/jwks");
    assertThat(emulator.get("/octocat-inc/.well-known/jwks").body())
        .isEqualTo(emulator.get("/.well-known/jwks").body());
  }

  @Test
  void tokens_carryTheEnterpriseIssuer() {
    String jwt = emulator.mint("{\"repository\": \"octo-org/octo-repo\"}");

    assertThat(emulator.verify(jwt)).containsEntry("iss", ISSUER);
  }
}
