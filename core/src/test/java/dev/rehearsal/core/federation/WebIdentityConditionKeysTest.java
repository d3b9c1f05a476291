package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.evaluation.ContextKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys STS puts in the request context of a web-identity call (IAM User Guide). */
class WebIdentityConditionKeysTest {
  private static final Instant NOW = Instant.ofEpochSecond(1_764_000_000L);
  private static final String CLAIMS =
      """
      {"iss":"https://token.actions.githubusercontent.com","sub":"repo:acme/app:ref:refs/heads/main",
       "aud":"sts.amazonaws.com","repository":"acme/app","repository_owner_id":"123456",
       "repository_id":"456789","actor":"octocat","ref":"refs/heads/main","run_id":"1"}
      """;

  private static DecodedJwt token(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String jwt =
        b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
            + ".c2ln";
    return JwtDecoder.decode(jwt).orElseThrow();
  }

  @Test
  void githubProvider_exposesTheGitHubKeysOfTheServiceAuthorizationReference() {
    OidcProvider github =
        OidcProvider.of(
            "123456789012",
            "https://token.actions.githubusercontent.com",
            List.of("sts.amazonaws.com"),
            List.of());

    ContextKeys keys = WebIdentityConditionKeys.of(github, token(CLAIMS), "GitHubActions", NOW);

    assertThat(keys.values("token.actions.githubusercontent.com:repository_owner_id"))
        .contains(List.of("123456"));
    assertThat(keys.values("token.actions.githubusercontent.com:repository"))
        .contains(List.of("acme/app"));
    assertThat(keys.values("TOKEN.actions.githubusercontent.com:SUB"))
        .contains(List.of("repo:acme/app:ref:refs/heads/main"));
    assertThat(keys.values("aws:FederatedProvider")).contains(List.of(github.arn()));
    assertThat(keys.values("sts:RoleSessionName")).contains(List.of("GitHubActions"));
    // run_id is in the token but not a key AWS exposes.
    assertThat(keys.values("token.actions.githubusercontent.com:run_id")).isEmpty();
  }

  @Test
  void otherProvider_exposesOnlyTheStandardOidcKeys() {
    OidcProvider other =
        OidcProvider.of("123456789012", "https://issuer.example.com", List.of("x"), List.of());

    ContextKeys keys = WebIdentityConditionKeys.of(other, token(CLAIMS), "s", NOW);

    assertThat(keys.values("issuer.example.com:sub")).isPresent();
    assertThat(keys.values("issuer.example.com:repository")).isEmpty();
  }
}
