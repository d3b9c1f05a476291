package dev.rehearsal.aws.sts;

import static dev.rehearsal.aws.support.StsErrors.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.Seed;
import dev.rehearsal.aws.support.StsErrors;
import dev.rehearsal.aws.support.TestIssuer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.function.Consumer;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;

/**
 * {@code AssumeRoleWithWebIdentity} against the seed's provider and role, with tokens signed by an
 * independent JOSE library and keys served over real HTTPS; every refusal with STS's code, status
 * and message (facts.md, "IAM OIDC provider and STS AssumeRoleWithWebIdentity").
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class WebIdentityTest {
  private static final String NOT_VALIDATED =
      "The web identity token that was passed could not be validated by Amazon Web Services."
          + " Get a new identity token from the identity provider and then retry the request.";

  private TestIssuer github;

  @BeforeEach
  void seed() {
    github = EmulatorResource.issuer();
    try (var iam = Clients.iam(Clients.ROOT)) {
      Seed.ensure(iam);
    }
  }

  @Test
  void assume_whenAcmeAppOnMain_grantsSessionActingAsTheRole() throws Exception {
    AssumeRoleWithWebIdentityResponse response = assume(github.token("acme/app"));

    assertThat(response.subjectFromWebIdentityToken())
        .isEqualTo("repo:acme/app:ref:refs/heads/main");
    assertThat(response.assumedRoleUser().arn())
        .isEqualTo("arn:aws:sts::000000000000:assumed-role/GithubOIDCIAMRole/GitHubActions");
    assertThat(response.assumedRoleUser().assumedRoleId())
        .matches("AROA[A-Z2-7]{17}:GitHubActions");
    assertThat(response.provider()).isEqualTo(TestIssuer.GITHUB);
    assertThat(response.audience()).isEqualTo("sts.amazonaws.com");
    assertThat(response.credentials().accessKeyId()).startsWith("ASIA").hasSize(20);
    assertThat(response.credentials().expiration()).isAfter(Instant.now().plusSeconds(3500));

    try (var sts = Clients.sts(Clients.of(response.credentials()))) {
      assertThat(sts.getCallerIdentity().arn()).isEqualTo(response.assumedRoleUser().arn());
    }
  }

  @Test
  void session_whenRolePoliciesDoNotAllowIam_isAccessDenied() throws Exception {
    var credentials = Clients.of(assume(github.token("acme/app")).credentials());

    try (var iam = Clients.iam(credentials)) {
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName(Seed.ROLE)))
          .isInstanceOfSatisfying(
              IamException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "User: arn:aws:sts::000000000000:assumed-role/GithubOIDCIAMRole/"
                            + "GitHubActions is not authorized to perform: iam:GetRole on"
                            + " resource: "
                            + Seed.ROLE_ARN
                            + " because no identity-based policy allows the iam:GetRole action");
              });
    }
  }

  @Test
  void session_whenTokenAltered_isInvalidClientTokenId() throws Exception {
    var credentials = assume(github.token("acme/app")).credentials();
    String token = credentials.sessionToken();
    // One character changed, whatever it was (a fixed "x" left 1 token in 64 unaltered).
    char changed = token.charAt(0) == 'x' ? 'y' : 'x';
    var altered = credentials.toBuilder().sessionToken(changed + token.substring(1)).build();

    try (var sts = Clients.sts(Clients.of(altered))) {
      assertRefused(sts::getCallerIdentity, 403, "InvalidClientTokenId", null);
    }
  }

  @Test
  void assume_whenRepositoryOutsideTheOrganization_isAccessDenied() throws Exception {
    assertThatAssume(github.token("evil/app"))
        .refusedWith(
            403, "AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity");
  }

  @Test
  void assume_whenRoleDoesNotExist_isAccessDeniedLikeATrustMismatch() throws Exception {
    String token = github.token("acme/app");
    assertRefused(
        () -> assume(token, r -> r.roleArn("arn:aws:iam::000000000000:role/NoSuchRole")),
        403,
        "AccessDenied",
        "Not authorized to perform sts:AssumeRoleWithWebIdentity");
  }

  @Test
  void assume_whenNotAJwt_isInvalidIdentityToken() {
    assertThatAssume("not-a-jwt").refusedWith(400, "InvalidIdentityToken", NOT_VALIDATED);
  }

  @Test
  void assume_whenAlgNone_isInvalidIdentityToken() throws Exception {
    assertThatAssume(github.unsigned(github.claims("acme/app")))
        .refusedWith(400, "InvalidIdentityToken", NOT_VALIDATED);
  }

  @Test
  void assume_whenHs256SignedWithThePublicKey_isInvalidIdentityToken() throws Exception {
    assertThatAssume(github.hs256WithPublicKey(github.claims("acme/app")))
        .refusedWith(400, "InvalidIdentityToken", NOT_VALIDATED);
  }

  @Test
  void assume_whenKidUnknown_isInvalidIdentityToken() throws Exception {
    String token = github.sign(github.claims("acme/app"), jws -> jws.setKeyIdHeaderValue("other"));
    assertThatAssume(token).refusedWith(400, "InvalidIdentityToken", NOT_VALIDATED);
  }

  @Test
  void assume_whenPayloadTampered_isInvalidIdentityToken() throws Exception {
    String token = TestIssuer.tamper(github.token("evil/app"), github.claims("acme/app"));
    assertThatAssume(token).refusedWith(400, "InvalidIdentityToken", NOT_VALIDATED);
  }

  @Test
  void assume_whenExpired_isExpiredTokenException_withStsMessage() throws Exception {
    JwtClaims claims = github.claims("acme/app");
    long past = Instant.now().getEpochSecond() - 60;
    claims.setExpirationTime(NumericDate.fromSeconds(past));
    assertThatAssume(github.sign(claims, jws -> {}))
        .refusedWithPattern(
            400,
            "ExpiredTokenException",
            "Token expired: current date/time \\d+ must be before the expiration date/time "
                + past);
  }

  @Test
  void assume_whenNotYetValid_isInvalidIdentityToken() throws Exception {
    JwtClaims claims = github.claims("acme/app");
    claims.setNotBefore(NumericDate.fromSeconds(Instant.now().getEpochSecond() + 600));
    assertThatAssume(github.sign(claims, jws -> {}))
        .refusedWith(400, "InvalidIdentityToken", NOT_VALIDATED);
  }

  @Test
  void assume_whenIssuerIsNotAProviderOfTheAccount_namesTheIssuer() throws Exception {
    JwtClaims claims = github.claims("acme/app");
    claims.setIssuer("https://issuer.invalid");
    assertThatAssume(github.sign(claims, jws -> {}))
        .refusedWith(
            400,
            "InvalidIdentityToken",
            "No OpenIDConnect provider found in your account for https://issuer.invalid");
  }

  @Test
  void assume_whenAudienceNotAClientId_isIncorrectTokenAudience() throws Exception {
    JwtClaims claims = github.claims("acme/app");
    claims.setAudience("https://github.com/acme");
    assertThatAssume(github.sign(claims, jws -> {}))
        .refusedWith(400, "InvalidIdentityToken", "Incorrect token audience");
  }

  @Test
  void assume_whenAudIsAnArrayWithAClientId_grantsWithThatAudience() throws Exception {
    // Kubernetes projected tokens carry aud as an array; STS accepts them
    // (gitlab-org/gitlab!71657).
    JwtClaims claims = github.claims("acme/app");
    claims.setAudience("https://github.com/acme", "sts.amazonaws.com");

    assertThat(assume(github.sign(claims, jws -> {})).audience()).isEqualTo("sts.amazonaws.com");
  }

  @Test
  void assume_whenSubMissing_isMissingARequiredClaim_perConfigureAwsCredentials502()
      throws Exception {
    JwtClaims claims = github.claims("acme/app");
    claims.unsetClaim("sub");
    assertThatAssume(github.sign(claims, jws -> {}))
        .refusedWith(400, "InvalidIdentityToken", "Missing a required claim: sub");
  }

  @Test
  void assume_whenSubANumber_couldNotBeValidated() throws Exception {
    JwtClaims claims = github.claims("acme/app");
    claims.setClaim("sub", 42);
    assertThatAssume(github.sign(claims, jws -> {}))
        .refusedWith(400, "InvalidIdentityToken", NOT_VALIDATED);
  }

  @Test
  void assume_whenTokenOver20000Characters_isValidationError() {
    assertThatAssume("a".repeat(20001))
        .refusedWith(
            400,
            "ValidationError",
            "1 validation error detected: Value at 'webIdentityToken' failed to satisfy"
                + " constraint: Member must have length less than or equal to 20000");
  }

  @Test
  void assume_whenDurationAboveRoleMaximum_isValidationError() throws Exception {
    String token = github.token("acme/app");
    assertRefused(
        () -> assume(token, r -> r.durationSeconds(7200)),
        400,
        "ValidationError",
        "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
  }

  private AssumeRoleWithWebIdentityResponse assume(String token) {
    return assume(token, r -> {});
  }

  private static AssumeRoleWithWebIdentityResponse assume(
      String token, Consumer<AssumeRoleWithWebIdentityRequest.Builder> tweak) {
    try (var sts = Clients.anonymousSts()) {
      return sts.assumeRoleWithWebIdentity(
          r -> {
            r.roleArn(Seed.ROLE_ARN).roleSessionName("GitHubActions").webIdentityToken(token);
            tweak.accept(r);
          });
    }
  }

  private Refusal assertThatAssume(String token) {
    return new Refusal(() -> assume(token));
  }

  /** Asserts how STS refused a call. */
  private record Refusal(Runnable call) {
    void refusedWith(int status, String code, String message) {
      assertRefused(call, status, code, message);
    }

    void refusedWithPattern(int status, String code, String pattern) {
      StsErrors.assertRefusedMatching(call, status, code, pattern);
    }
  }
}
