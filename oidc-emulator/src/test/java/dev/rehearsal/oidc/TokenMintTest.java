package dev.rehearsal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /_rehearsal/tokens}: the CLI's {@code rehearse token} body, and the overrides tests
 * use to produce tokens a verifier must refuse. Each token is checked against the JWKS by Nimbus.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class TokenMintTest {
  static final String CLI_BODY =
      """
      {"repository": "octo-org/mint-repo", "ref": "refs/heads/release", "event_name": "push",
       "environment": "staging", "actor": "hubot",
       "job_workflow_ref": "octo-org/ci/.github/workflows/deploy.yml@refs/heads/main",
       "audience": "sts.amazonaws.com"}
      """;

  final Emulator emulator = Emulator.underTest();

  @Test
  void mint_withTheCliBody_carriesItsValuesAndVerifies() {
    Map<String, Object> claims = emulator.verify(emulator.mint(CLI_BODY));

    assertThat(claims)
        .containsEntry("repository", "octo-org/mint-repo")
        .containsEntry("ref", "refs/heads/release")
        .containsEntry("environment", "staging")
        .containsEntry("actor", "hubot")
        .containsEntry(
            "job_workflow_ref", "octo-org/ci/.github/workflows/deploy.yml@refs/heads/main")
        .containsEntry("aud", "sts.amazonaws.com")
        .containsEntry("sub", "repo:octo-org/mint-repo:environment:staging");
  }

  @Test
  void mint_withExpInThePast_signsAnExpiredToken() {
    String jwt = emulator.mint(withOverrides("{\"iat\": 1700000000, \"exp\": 1700000300}"));

    Map<String, Object> claims = emulator.verify(jwt);
    assertThat(((Number) claims.get("iat")).longValue()).isEqualTo(1700000000L);
    assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(1700000300L);
  }

  @Test
  void mint_withIatOnly_derivesExpAndNbfFromIt() {
    Map<String, Object> claims =
        emulator.verify(emulator.mint(withOverrides("{\"iat\": 4102444800}")));

    assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(4102444800L + 300);
    assertThat(((Number) claims.get("nbf")).longValue()).isEqualTo(4102444800L - 300);
  }

  @Test
  void mint_withNbfInTheFuture_signsANotYetValidToken() {
    Map<String, Object> claims =
        emulator.verify(emulator.mint(withOverrides("{\"nbf\": 4102444800}")));

    assertThat(((Number) claims.get("nbf")).longValue()).isEqualTo(4102444800L);
  }

  @Test
  void mint_withAnotherIssuer_carriesIt() {
    Map<String, Object> claims =
        emulator.verify(emulator.mint(withOverrides("{\"iss\": \"https://evil.example.com\"}")));

    assertThat(claims).containsEntry("iss", "https://evil.example.com");
  }

  @Test
  void mint_withExtraAndRemovedClaims_changesOnlyThose() {
    Map<String, Object> claims =
        emulator.verify(
            emulator.mint(
                withOverrides(
                    "{\"claims\": {\"amr\": \"web\", \"actor\": \"mallory\"},"
                        + " \"remove_claims\": [\"sub\", \"jti\"]}")));

    assertThat(claims).containsEntry("amr", "web").containsEntry("actor", "mallory");
    assertThat(claims).doesNotContainKeys("sub", "jti").containsKey("repository");
  }

  @Test
  void mint_withAnUnpublishedKey_doesNotVerifyAgainstTheJwks() {
    String jwt = emulator.mint(withOverrides("{\"signing_key\": \"unpublished\"}"));

    assertThat(Emulator.parse(jwt).getHeader().getKeyID()).isNotBlank();
    assertThat(emulator.verifies(jwt)).isFalse();
  }

  @Test
  void mint_withBadOverrides_namesTheMember() {
    HttpResponse<String> unknownKey =
        emulator.admin("POST", "/_rehearsal/tokens", withOverrides("{\"signing_key\": \"nope\"}"));
    HttpResponse<String> unknownMember =
        emulator.admin("POST", "/_rehearsal/tokens", withOverrides("{\"expires\": 1}"));
    HttpResponse<String> wrongType =
        emulator.admin("POST", "/_rehearsal/tokens", withOverrides("{\"exp\": \"soon\"}"));
    HttpResponse<String> blankAudience =
        emulator.admin("POST", "/_rehearsal/tokens", "{\"audience\": \" \"}");
    HttpResponse<String> unauthenticated =
        emulator.call("POST", "/_rehearsal/tokens", CLI_BODY, null);

    assertThat(unknownKey.statusCode()).isEqualTo(422);
    assertThat(Emulator.json(unknownKey).get("message").asText()).contains("signing_key", "nope");
    assertThat(unknownMember.statusCode()).isEqualTo(422);
    assertThat(Emulator.json(unknownMember).get("message").asText()).contains("overrides.expires");
    assertThat(wrongType.statusCode()).isEqualTo(422);
    assertThat(Emulator.json(wrongType).get("message").asText()).contains("overrides.exp");
    assertThat(blankAudience.statusCode()).isEqualTo(422);
    assertThat(unauthenticated.statusCode()).isEqualTo(401);
  }

  private static String withOverrides(String overrides) {
    return CLI_BODY.strip().replaceFirst("}$", ", \"overrides\": " + overrides + "}");
  }
}
