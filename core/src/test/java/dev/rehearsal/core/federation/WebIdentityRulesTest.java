package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.evaluation.Outcome;
import dev.rehearsal.core.federation.WebIdentityCheck.Step;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PrincipalElement;
import dev.rehearsal.core.policy.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each check of {@link WebIdentityRules}, with STS's codes and messages (facts.md). */
class WebIdentityRulesTest {
  private static final String ACCOUNT = "123456789012";
  private static final String ISSUER = "https://token.actions.githubusercontent.com";
  private static final OidcProvider GITHUB =
      OidcProvider.of(ACCOUNT, ISSUER, List.of("sts.amazonaws.com"), List.of());
  private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/GithubOIDCIAMRole";
  private static final Instant NOW = Instant.ofEpochSecond(1_764_000_000L);
  private static final IssuerTls PUBLIC_CA = new IssuerTls(true, "aa");
  private static final TokenVerifier VALID =
      (provider, token) -> new TokenVerification(SignatureVerdict.VALID, PUBLIC_CA);

  /** The seed's trust policy: StringLike on sub, repo:acme/*. */
  private static final AssumableRole SEED_ROLE =
      new AssumableRole(
          ROLE_ARN,
          "AROAEXAMPLEROLEID0001",
          new PolicyDocument(
              Optional.empty(),
              Optional.empty(),
              List.of(
                  new Statement(
                      Optional.empty(),
                      Effect.ALLOW,
                      Optional.of(PrincipalElement.of("Federated", GITHUB.arn())),
                      PatternElement.of("sts:AssumeRoleWithWebIdentity"),
                      Optional.empty(),
                      List.of(
                          new Condition(
                              ConditionOperator.parse("StringLike").orElseThrow(),
                              "token.actions.githubusercontent.com:sub",
                              List.of("repo:acme/*")))))),
          3600);

  private static String token(String alg, String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"" + alg + "\",\"kid\":\"k1\",\"typ\":\"JWT\"}";
    return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".c2lnbmF0dXJl";
  }

  private static String claims(String sub, String aud, long exp) {
    return "{\"iss\":\""
        + ISSUER
        + "\",\"sub\":\""
        + sub
        + "\",\"aud\":\""
        + aud
        + "\",\"exp\":"
        + exp
        + ",\"iat\":"
        + (exp - 300)
        + ",\"repository\":\"acme/app\",\"actor\":\"octocat\"}";
  }

  private static final String GOOD =
      token(
          "RS256",
          claims(
              "repo:acme/app:ref:refs/heads/main", "sts.amazonaws.com", NOW.getEpochSecond() + 60));

  private static WebIdentityDecision decide(String token, TokenVerifier verifier) {
    return decide(token, verifier, Optional.of(SEED_ROLE), null);
  }

  private static WebIdentityDecision decide(
      String token, TokenVerifier verifier, Optional<AssumableRole> role, Integer duration) {
    var request =
        new AssumeRoleWithWebIdentityRequest(
            ROLE_ARN,
            "GitHubActions",
            token,
            Optional.ofNullable(duration),
            Optional.empty(),
            List.of());
    return WebIdentityRules.decide(
        new WebIdentityCall(request, List.of(GITHUB), role, NOW), verifier);
  }

  private static WebIdentityCall call(String token) {
    return new WebIdentityCall(
        AssumeRoleWithWebIdentityRequest.of(ROLE_ARN, "GitHubActions", token),
        List.of(GITHUB),
        Optional.of(SEED_ROLE),
        NOW);
  }

  private static WebIdentityCheck last(WebIdentityDecision decision) {
    return decision.checks().get(decision.checks().size() - 1);
  }

  private static WebIdentityDecision.Refused refused(WebIdentityDecision decision) {
    assertThat(decision).isInstanceOf(WebIdentityDecision.Refused.class);
    return (WebIdentityDecision.Refused) decision;
  }

  @Test
  void decide_whenSeedRoleAndAcmeRepo_grantsSessionAsAssumedRole_perStsResponseShape() {
    var granted = (WebIdentityDecision.Granted) decide(GOOD, VALID);

    assertThat(granted.assumedRoleArn())
        .isEqualTo("arn:aws:sts::123456789012:assumed-role/GithubOIDCIAMRole/GitHubActions");
    assertThat(granted.assumedRoleId()).isEqualTo("AROAEXAMPLEROLEID0001:GitHubActions");
    assertThat(granted.subject()).isEqualTo("repo:acme/app:ref:refs/heads/main");
    assertThat(granted.audience()).isEqualTo("sts.amazonaws.com");
    assertThat(granted.issuer()).isEqualTo(ISSUER);
    assertThat(granted.durationSeconds()).isEqualTo(3600);
    assertThat(granted.trust()).get().extracting(d -> d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(granted.checks()).allMatch(WebIdentityCheck::passed);
    assertThat(granted.conditionKeys().values("token.actions.githubusercontent.com:repository"))
        .contains(List.of("acme/app"));
  }

  @Test
  void decide_whenOtherOrganisation_isAccessDenied_withTheConditionInTheTrace() {
    String evil =
        token(
            "RS256",
            claims(
                "repo:evil/app:ref:refs/heads/main",
                "sts.amazonaws.com",
                NOW.getEpochSecond() + 60));

    var refused = refused(decide(evil, VALID));

    assertThat(refused.code()).isEqualTo(AwsErrorCode.ACCESS_DENIED);
    assertThat(refused.message())
        .isEqualTo("Not authorized to perform sts:AssumeRoleWithWebIdentity");
    assertThat(refused.trust()).get().extracting(d -> d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(last(refused).step()).isEqualTo(Step.TRUST_POLICY);
    assertThat(last(refused).detail())
        .contains("repo:evil/app:ref:refs/heads/main")
        .contains("repo:acme/*");
  }

  @Test
  void decide_whenRoleMissing_givesTheSameAccessDenied_perStsNotRevealingRoles() {
    var refused = refused(decide(GOOD, VALID, Optional.empty(), null));
    assertThat(refused.code()).isEqualTo(AwsErrorCode.ACCESS_DENIED);
    assertThat(refused.message()).isEqualTo(WebIdentityRules.NOT_AUTHORIZED);
  }

  @Test
  void decide_whenNotAJwt_isInvalidIdentityToken() {
    var refused = refused(decide("not-a-jwt", VALID));
    assertThat(refused.code()).isEqualTo(AwsErrorCode.INVALID_IDENTITY_TOKEN);
    assertThat(refused.message()).isEqualTo(WebIdentityRules.TOKEN_NOT_VALIDATED);
  }

  @Test
  void decide_whenAlgNoneOrHmac_isRefusedBeforeAnyKeyIsFetched() {
    TokenVerifier mustNotBeCalled =
        (p, t) -> {
          throw new AssertionError("keys fetched for an unacceptable algorithm");
        };
    for (String alg : List.of("none", "HS256")) {
      String token =
          token(
              alg,
              claims(
                  "repo:acme/app:ref:refs/heads/main",
                  "sts.amazonaws.com",
                  NOW.getEpochSecond() + 60));
      var refused = refused(decide(token, mustNotBeCalled));
      assertThat(refused.code()).isEqualTo(AwsErrorCode.INVALID_IDENTITY_TOKEN);
      assertThat(last(refused).step()).isEqualTo(Step.TOKEN_FORMAT);
      assertThat(last(refused).detail()).contains(alg);
    }
  }

  @Test
  void decide_whenIssuerUnknown_namesTheIssuer_perObservedStsMessage() {
    String other =
        token(
            "RS256",
            "{\"iss\":\"https://gitlab.com\",\"sub\":\"x\",\"aud\":\"sts.amazonaws.com\",\"exp\":9999999999}");
    var refused = refused(decide(other, VALID));
    assertThat(refused.message())
        .isEqualTo("No OpenIDConnect provider found in your account for https://gitlab.com");
  }

  @Test
  void decide_whenKeysCannotBeFetched_saysSoWithStsDoubleSpace() {
    var refused =
        refused(
            decide(
                GOOD,
                (p, t) -> new TokenVerification(SignatureVerdict.KEYS_UNAVAILABLE, PUBLIC_CA)));
    assertThat(refused.message())
        .isEqualTo(
            "Couldn't retrieve verification key from your identity provider,  please reference"
                + " AssumeRoleWithWebIdentity documentation for requirements");
  }

  @Test
  void decide_whenPrivateCaAndThumbprintNotConfigured_isThumbprintMismatch() {
    var refused =
        refused(
            decide(
                GOOD,
                (p, t) ->
                    new TokenVerification(SignatureVerdict.VALID, new IssuerTls(false, "BB"))));
    assertThat(refused.message())
        .isEqualTo(
            "OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint");
  }

  @Test
  void decide_whenPrivateCaAndThumbprintConfigured_passesTheThumbprintCheck() {
    var provider = OidcProvider.of(ACCOUNT, ISSUER, List.of("sts.amazonaws.com"), List.of("BB"));
    var request = AssumeRoleWithWebIdentityRequest.of(ROLE_ARN, "GitHubActions", GOOD);
    var decision =
        WebIdentityRules.decide(
            new WebIdentityCall(request, List.of(provider), Optional.of(SEED_ROLE), NOW),
            (p, t) -> new TokenVerification(SignatureVerdict.VALID, new IssuerTls(false, "bb")));
    assertThat(decision).isInstanceOf(WebIdentityDecision.Granted.class);
  }

  @Test
  void decide_whenSignatureInvalidOrKidUnknown_isInvalidIdentityToken() {
    for (SignatureVerdict verdict :
        List.of(SignatureVerdict.INVALID_SIGNATURE, SignatureVerdict.UNKNOWN_KEY)) {
      var refused = refused(decide(GOOD, (p, t) -> new TokenVerification(verdict, PUBLIC_CA)));
      assertThat(refused.code()).isEqualTo(AwsErrorCode.INVALID_IDENTITY_TOKEN);
      assertThat(last(refused).step()).isEqualTo(Step.SIGNATURE);
    }
  }

  @Test
  void decide_whenExpired_isExpiredTokenException_withBothTimes_perAwsSdkJavaV2Issue5709() {
    long exp = NOW.getEpochSecond() - 1;
    var refused =
        refused(
            decide(
                token(
                    "RS256", claims("repo:acme/app:ref:refs/heads/main", "sts.amazonaws.com", exp)),
                VALID));
    assertThat(refused.code()).isEqualTo(AwsErrorCode.EXPIRED_TOKEN_EXCEPTION);
    assertThat(refused.message())
        .isEqualTo(
            "Token expired: current date/time "
                + NOW.getEpochSecond()
                + " must be before the expiration date/time "
                + exp);
  }

  @Test
  void decide_whenAudienceNotAClientId_isIncorrectTokenAudience() {
    var refused =
        refused(
            decide(
                token(
                    "RS256",
                    claims(
                        "repo:acme/app:ref:refs/heads/main",
                        "https://github.com/acme",
                        NOW.getEpochSecond() + 60)),
                VALID));
    assertThat(refused.code()).isEqualTo(AwsErrorCode.INVALID_IDENTITY_TOKEN);
    assertThat(refused.message()).isEqualTo("Incorrect token audience");
  }

  @Test
  void decide_whenDurationAboveRoleMaximum_isValidationError() {
    var refused = refused(decide(GOOD, VALID, Optional.of(SEED_ROLE), 7200));
    assertThat(refused.code()).isEqualTo(AwsErrorCode.VALIDATION_ERROR);
    assertThat(refused.message())
        .isEqualTo(
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
  }

  @Test
  void decide_whenParametersOutOfBounds_stopsBeforeLookingAtTheToken() {
    var request = AssumeRoleWithWebIdentityRequest.of(ROLE_ARN, "x", GOOD);
    var refused =
        refused(
            WebIdentityRules.decide(
                new WebIdentityCall(request, List.of(GITHUB), Optional.of(SEED_ROLE), NOW), VALID));
    assertThat(refused.code()).isEqualTo(AwsErrorCode.VALIDATION_ERROR);
    assertThat(refused.checks()).hasSize(1);
  }

  @Test
  void decide_whenSessionPolicyMalformed_isMalformedPolicyDocument_beforeTheTokenIsRead() {
    var request =
        new AssumeRoleWithWebIdentityRequest(
            ROLE_ARN,
            "GitHubActions",
            "not-a-jwt",
            Optional.empty(),
            Optional.of("{\"Statement\": 42}"),
            List.of());
    var refused =
        refused(
            WebIdentityRules.decide(
                new WebIdentityCall(request, List.of(GITHUB), Optional.of(SEED_ROLE), NOW), VALID));
    assertThat(refused.code()).isEqualTo(AwsErrorCode.MALFORMED_POLICY_DOCUMENT);
    assertThat(last(refused).step()).isEqualTo(Step.SESSION_POLICY);
  }

  @Test
  void decide_whenGivenTheTokenDecoded_decidesExactlyAsFromItsText() {
    long exp = NOW.getEpochSecond() + 60;
    for (String token :
        List.of(
            GOOD,
            token("RS256", claims("repo:evil/app:ref:refs/heads/main", "sts.amazonaws.com", exp)),
            token("RS256", claims("repo:acme/app:ref:refs/heads/main", "other", exp)),
            token("RS256", claims("repo:acme/app:ref:refs/heads/main", "sts.amazonaws.com", 1)),
            token(
                "HS256", claims("repo:acme/app:ref:refs/heads/main", "sts.amazonaws.com", exp)))) {
      var call = call(token);
      DecodedJwt decoded = JwtDecoder.decode(token).orElseThrow();

      assertThat(WebIdentityRules.decide(call, decoded, VALID))
          .isEqualTo(WebIdentityRules.decide(call, VALID));
    }
  }

  @Test
  void decide_whenTheDecodedTokenIsAnotherToken_isRejected() {
    var call = call(GOOD);
    String other = token("RS256", claims("repo:evil/app", "sts.amazonaws.com", 1));

    assertThatThrownBy(
            () -> WebIdentityRules.decide(call, JwtDecoder.decode(other).orElseThrow(), VALID))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                WebIdentityRules.decide(
                    call(GOOD + ".x"), JwtDecoder.decode(GOOD).orElseThrow(), VALID))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
