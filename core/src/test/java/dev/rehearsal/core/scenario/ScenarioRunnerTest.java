package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.ValidationException;
import dev.rehearsal.core.federation.DecodedJwt;
import dev.rehearsal.core.federation.JwtDecoder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scenarios through the whole chain against the seed stack, with known answers (facts.md). */
class ScenarioRunnerTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final ScenarioRunner runner = new ScenarioRunner(SeedTarget.SEED);

  private ScenarioResult run(String run, String expect) {
    String yaml =
        """
        defaults: {role: GithubOIDCIAMRole}
        scenarios:
          - name: s
            run: %s
            expect: %s
        """
            .formatted(run, expect);
    return runner.run(ScenarioFile.parse("s.yaml", yaml).get(0), NOW);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The seed's StringLike repo:acme/* admits every repository, ref and event of the org.
        "{repository: acme/app, ref: main}                                          | allow | ",
        "{repository: acme/other, ref: refs/tags/v1}                                | allow | ",
        "{repository: acme/app, ref: refs/pull/7/merge, event: pull_request}        | allow | ",
        "{repository: acme/app, ref: main, environment: prod}                       | allow | ",
        // Another organisation: the trust policy does not match (AccessDenied, 403).
        "{repository: evil/app, ref: main}                                          | deny  | AccessDenied",
        // configure-aws-credentials asks for sts.amazonaws.com; another aud is not a client id.
        "{repository: acme/app, ref: main, audience: 'https://github.com/acme'}     | deny  | InvalidIdentityToken",
        // GitHub's tokens live 5 minutes: one presented 10 minutes late has expired.
        "{repository: acme/app, ref: main, token_age: 10m}                          | deny  | ExpiredTokenException",
      })
  void seedStack_assume(String run, String verdict, String error) {
    ScenarioResult result = run(run, "{assume: " + verdict + "}");

    assertThat(result.assume().word()).isEqualTo(verdict);
    assertThat(result.errorCode().orElse(null)).isEqualTo(error);
    assertThat(result.passed()).isTrue();
  }

  @Test
  void deniedByTrustPolicy_explainsWhichConditionFailed() {
    ScenarioResult result = run("{repository: evil/app, ref: main}", "{assume: deny}");

    assertThat(result.message())
        .isEqualTo("Not authorized to perform sts:AssumeRoleWithWebIdentity");
    assertThat(result.decision().trust().orElseThrow().explain())
        .contains("repo:acme/*", "repo:evil/app:ref:refs/heads/main");
  }

  @Test
  void session_mayPushToAnyRepositoryOfTheAccount() {
    ScenarioResult result =
        run(
            "{repository: acme/app, ref: main}",
            """
            {assume: allow, ecr: [
              {action: ecr:GetAuthorizationToken, expect: allow},
              {action: ecr:PutImage, repository: test-service, expect: allow},
              {action: ecr:DeleteRepository, repository: test-service, expect: deny}]}
            """);

    assertThat(result.passed()).as(String.join("\n", result.mismatches())).isTrue();
    assertThat(result.ecr())
        .extracting(ScenarioResult.EcrResult::resource)
        .containsExactly(
            "*",
            "arn:aws:ecr:us-east-1:123456789012:repository/test-service",
            "arn:aws:ecr:us-east-1:123456789012:repository/test-service");
  }

  @Test
  void wrongExpectation_isReportedWithBothSides() {
    ScenarioResult result =
        run(
            "{repository: acme/app, ref: refs/pull/1/merge, event: pull_request}",
            "{assume: deny}");

    assertThat(result.passed()).isFalse();
    assertThat(result.mismatches()).containsExactly("expected assume deny, got allow");
  }

  @Test
  void deniedAssumption_deniesEveryEcrAction() {
    ScenarioResult result =
        run(
            "{repository: evil/app, ref: main}",
            "{assume: deny, ecr: [{action: ecr:PutImage, repository: app, expect: allow}]}");

    assertThat(result.ecr())
        .extracting(ScenarioResult.EcrResult::actual)
        .containsExactly(Verdict.DENY);
    assertThat(result.mismatches()).hasSize(1);
  }

  @Test
  void unknownRole_isAnErrorNamingTheRolesThereAre() {
    List<Scenario> scenarios =
        ScenarioFile.parse(
            "s.yaml",
            "scenarios: [{name: x, role: Nope, run: {repository: a/b, ref: main}, expect: {assume: allow}}]");

    assertThatThrownBy(() -> runner.run(scenarios.get(0), NOW))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'Nope'")
        .hasMessageContaining("GithubOIDCIAMRole");
  }

  @Test
  void token_isWhatJwtDecoderReadsFromItsText() throws Exception {
    String yaml =
        """
        defaults: {role: GithubOIDCIAMRole}
        scenarios:
          - {name: a, run: {repository: acme/app, ref: main}, expect: {assume: allow}}
          - {name: b, run: {repository: acme/app, ref: main, environment: "pr\u00f6d \\"x\\""}, expect: {assume: allow}}
          - {name: c, run: {repository: evil/app, ref: main, token_age: 10m}, expect: {assume: deny}}
        """;
    for (Scenario scenario : ScenarioFile.parse("s.yaml", yaml)) {
      ScenarioRunner.Token built = ScenarioRunner.token(scenario, NOW);
      DecodedJwt token = built.decoded();

      assertThat(JwtDecoder.decode(ScenarioRunner.raw(token))).contains(token);
      // the length STS checks, bounded without writing the text: at least the text's, within
      // STS's 20,000 as the text is; the claims' exact JSON length is the payload's
      assertThat(built.length())
          .isGreaterThanOrEqualTo(ScenarioRunner.raw(token).length())
          .isLessThanOrEqualTo(20_000);
      assertThat(
              ScenarioRunner.compactLength(
                  ScenarioRunner.payload(ScenarioRunner.claims(scenario, NOW))))
          .isEqualTo(ScenarioRunner.raw(token).length());
      // the bytes Jackson writes for the claims
      String payload = token.signingInput().substring(token.signingInput().indexOf('.') + 1);
      assertThat(java.util.Base64.getUrlDecoder().decode(payload))
          .isEqualTo(
              new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(token.claims()));
    }
  }
}
