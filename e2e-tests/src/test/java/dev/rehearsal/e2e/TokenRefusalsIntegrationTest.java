package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.e2e.support.Emulators;
import dev.rehearsal.e2e.support.OidcAdmin;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.ExpiredTokenException;
import software.amazon.awssdk.services.sts.model.InvalidIdentityTokenException;

/**
 * Tokens STS must refuse although GitHub did sign them — one presented after its five minutes, one
 * signed by a key GitHub has retired — minted with the oidc-emulator's admin API and sent with the
 * AWS SDK as configure-aws-credentials sends them.
 */
class TokenRefusalsIntegrationTest {
  /** botocore's documentation of InvalidIdentityTokenException, as STS says it. */
  private static final String NOT_VALIDATED =
      "The web identity token that was passed could not be validated by Amazon Web Services."
          + " Get a new identity token from the identity provider and then retry the request.";

  @RegisterExtension static final SeedWorld world = SeedWorld.deploying();

  /** This class's emulators, started before its first test. */
  private final Emulators emulators = world.emulators();

  /** The oidc-emulator's admin API: tokens minted at will, keys rotated and retired. */
  private final OidcAdmin oidc = emulators.oidcAdmin();

  private ObjectNode pushToMain() {
    return OidcAdmin.runContext("acme/test-service", "refs/heads/main");
  }

  private AssumeRoleWithWebIdentityResponse assume(String token) {
    return emulators.assumeRole(SeedStack.ROLE, token);
  }

  @Test
  void expiredToken_isRefusedWithExpiredTokenException() {
    long exp = Instant.now().minusSeconds(60).getEpochSecond();
    ObjectNode context = pushToMain();
    context.putObject("overrides").put("exp", exp);
    String expired = oidc.token(context);

    assertThatThrownBy(() -> assume(expired))
        .isInstanceOfSatisfying(
            ExpiredTokenException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .matches(
                        "Token expired: current date/time \\d+ must be before the expiration"
                            + " date/time "
                            + exp));
    // the same run's token within its lifetime is admitted: only the time differs
    assertThat(assume(oidc.token(pushToMain())).subjectFromWebIdentityToken())
        .isEqualTo("repo:acme/test-service:ref:refs/heads/main");
  }

  /**
   * GitHub rotates its signing key and later stops publishing the old one. STS, which had fetched
   * the old key, fetches the issuer's keys again when a token names a key it does not hold (at most
   * once per interval, {@code rehearsal.jwks.min-refresh-interval}, hence the wait); from then on a
   * token signed by the retired key is refused, as the JWKS no longer lists it.
   */
  @Test
  void tokenSignedByARetiredKey_isRefusedOnceStsHasFetchedTheNewKeys() throws Exception {
    assertThat(assume(oidc.token(pushToMain())).subjectFromWebIdentityToken()).isNotEmpty();
    JsonNode rotation = oidc.rotateKeys();
    String retired = rotation.path("previous").asText();
    oidc.retireKey(retired);

    AssumeRoleWithWebIdentityResponse withNewKey = awaitAdmitted(oidc.token(pushToMain()));
    ObjectNode signedByRetired = pushToMain();
    signedByRetired.putObject("overrides").put("signing_key", retired);
    String oldToken = oidc.token(signedByRetired);

    assertThat(withNewKey.subjectFromWebIdentityToken())
        .isEqualTo("repo:acme/test-service:ref:refs/heads/main");
    assertThat(oidc.keys().path("keys"))
        .anySatisfy(
            key -> {
              assertThat(key.path("kid").asText()).isEqualTo(retired);
              assertThat(key.has("retired_at")).isTrue();
            });
    assertThatThrownBy(() -> assume(oldToken))
        .isInstanceOfSatisfying(
            InvalidIdentityTokenException.class,
            e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(NOT_VALIDATED));
  }

  /** STS refuses a token of a key it has not fetched yet until its next fetch of the JWKS. */
  private AssumeRoleWithWebIdentityResponse awaitAdmitted(String token)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      try {
        return assume(token);
      } catch (InvalidIdentityTokenException e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }
}
