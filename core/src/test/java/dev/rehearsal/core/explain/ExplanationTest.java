package dev.rehearsal.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.ecr.EcrAuthorizer;
import dev.rehearsal.core.ecr.EcrCaller;
import dev.rehearsal.core.ecr.EcrDecision;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.federation.AssumableRole;
import dev.rehearsal.core.federation.AssumeRoleWithWebIdentityRequest;
import dev.rehearsal.core.federation.IssuerTls;
import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.federation.SignatureVerdict;
import dev.rehearsal.core.federation.TokenVerification;
import dev.rehearsal.core.federation.WebIdentityCall;
import dev.rehearsal.core.federation.WebIdentityDecision;
import dev.rehearsal.core.federation.WebIdentityRules;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lines {@code rehearse explain} shows for an {@code AssumeRoleWithWebIdentity} decision. */
class ExplanationTest {
  private static final String ISSUER = "https://token.actions.githubusercontent.com";
  private static final OidcProvider GITHUB =
      OidcProvider.of("123456789012", ISSUER, List.of("sts.amazonaws.com"), List.of());
  private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/GithubOIDCIAMRole";
  private static final Instant NOW = Instant.ofEpochSecond(1_764_000_000L);
  private static final AssumableRole SEED_ROLE =
      new AssumableRole(
          ROLE_ARN,
          "AROAEXAMPLEROLEID0001",
          PolicyParser.parse(
              """
              {"Version": "2012-10-17", "Statement": [{"Sid": "GitHub", "Effect": "Allow",
                "Principal": {"Federated": "%s"}, "Action": "sts:AssumeRoleWithWebIdentity",
                "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"}}}]}
              """
                  .formatted(GITHUB.arn()),
              PolicyKind.TRUST),
          3600);

  private static WebIdentityDecision decide(String subject) {
    String claims =
        "{\"iss\":\"%s\",\"sub\":\"%s\",\"aud\":\"sts.amazonaws.com\",\"exp\":%d}"
            .formatted(ISSUER, subject, NOW.getEpochSecond() + 60);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String token =
        b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
            + ".c2lnbmF0dXJl";
    var request = AssumeRoleWithWebIdentityRequest.of(ROLE_ARN, "GitHubActions", token);
    return WebIdentityRules.decide(
        new WebIdentityCall(request, List.of(GITHUB), Optional.of(SEED_ROLE), NOW),
        (provider, jwt) ->
            new TokenVerification(SignatureVerdict.VALID, new IssuerTls(true, "aa")));
  }

  @Test
  void webIdentity_whenTrustPolicyRefuses_namesEachCheckThenTheFailingConditionWithTheClaim() {
    WebIdentityDecision decision = decide("repo:evil/app:ref:refs/heads/main");

    List<String> lines = Explanation.of(decision);

    assertThat(lines).first().asString().startsWith("pass: request parameters within STS's bounds");
    assertThat(lines)
        .contains(
            "FAIL: the role's trust policy allows the caller: IMPLICIT_DENY",
            "  IMPLICIT_DENY: no statement allows sts:AssumeRoleWithWebIdentity, so it is denied"
                + " by default.")
        .anyMatch(
            line ->
                line.startsWith("  statement 0 \"GitHub\" (Allow) did not apply")
                    && line.contains("'repo:evil/app:ref:refs/heads/main'")
                    && line.contains("'repo:acme/*'"));
    assertThat(lines).noneMatch(line -> line.contains("DURATION"));
  }

  @Test
  void webIdentity_whenGranted_listsEveryStepPassedInAwsOrder() {
    WebIdentityDecision decision = decide("repo:acme/app:ref:refs/heads/main");

    List<String> lines = Explanation.of(decision);

    assertThat(decision).isInstanceOf(WebIdentityDecision.Granted.class);
    assertThat(lines.stream().filter(line -> !line.startsWith("  ")))
        .hasSize(decision.checks().size())
        .allMatch(line -> line.startsWith("pass: "))
        .last()
        .asString()
        .startsWith("pass: the session fits the role's maximum session duration");
    assertThat(lines)
        .contains(
            "  ALLOW: sts:AssumeRoleWithWebIdentity is allowed by statement 0 \"GitHub\" (Allow).");
  }

  @Test
  void why_whenTrustPolicyRefuses_isTheStatementThatDidNotApplyWithTheClaim() {
    assertThat(Explanation.why(decide("repo:evil/app:ref:refs/heads/main")))
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .startsWith("the role's trust policy allows the caller: no — statement 0")
                    .contains("['repo:evil/app:ref:refs/heads/main'] does not match any of"));
    assertThat(Explanation.why(decide("repo:acme/app:ref:refs/heads/main"))).isEmpty();
  }

  @Test
  void ecrStep_namesTheActionTheResourceAndTheReason_thenEachPolicy() {
    EcrDecision decision =
        new EcrAuthorizer()
            .authorize(
                EcrCaller.roleSession(
                    "arn:aws:sts::123456789012:assumed-role/R/S",
                    "arn:aws:iam::123456789012:role/R",
                    "123456789012",
                    "AROAEXAMPLE:S"),
                RequestOrigin.https("us-east-1", java.time.Instant.parse("2026-01-15T12:00:00Z")),
                "ecr:PutImage",
                "arn:aws:ecr:us-east-1:123456789012:repository/app",
                List.of(
                    PolicyParser.parse(
                        """
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                          "Action": "ecr:BatchGetImage", "Resource": "*"}]}""",
                        PolicyKind.IDENTITY)),
                Optional.empty());

    assertThat(Explanation.step(decision))
        .startsWith(
            "FAIL: ecr:PutImage on arn:aws:ecr:us-east-1:123456789012:repository/app:"
                + " IMPLICIT_DENY",
            "  identity-based policies: IMPLICIT_DENY: no statement allows ecr:PutImage, so it is"
                + " denied by default.");
    assertThat(Explanation.why(decision))
        .hasValueSatisfying(
            why -> assertThat(why).startsWith("identity-based policies: statement 0 (Allow)"));
  }

  @Test
  void check_whenNothingFound_isTheStepAlone() {
    assertThat(Explanation.check(false, "the role exists", "")).isEqualTo("FAIL: the role exists");
  }
}
