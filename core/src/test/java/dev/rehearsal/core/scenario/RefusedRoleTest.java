package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import dev.rehearsal.core.policy.SeedPolicies;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A role whose trust policy IAM refuses cannot exist (CreateRole, and so a deploy, fails with
 * {@code MalformedPolicyDocument}): {@code check} fails its scenarios with IAM's message, whatever
 * they expect, instead of evaluating the policy.
 */
class RefusedRoleTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  /** IAM's guardrail on GitHub's provider: sub must be tested, and not scoped to all. */
  private static final String UNSCOPED =
      SeedPolicies.TRUST_POLICY
          .replace("\"StringLike\"", "\"StringEquals\"")
          .replace(
              "token.actions.githubusercontent.com:sub\": \"repo:acme/*\"",
              "token.actions.githubusercontent.com:aud\": \"sts.amazonaws.com\"");

  private static ScenarioResult run(String trustPolicy, String expect) {
    Target target =
        SeedTarget.withRole(
            SeedTarget.SEED.region(),
            PolicyParser.parse(trustPolicy, PolicyKind.TRUST),
            SeedTarget.SEED.roles().get(0).permissionPolicies(),
            Map.of());
    String yaml =
        """
        scenarios:
          - name: s
            role: GithubOIDCIAMRole
            run: {repository: acme/app, ref: main}
            expect: %s
        """
            .formatted(expect);
    return new ScenarioRunner(target).run(ScenarioFile.parse("s.yaml", yaml).get(0), NOW);
  }

  @ParameterizedTest(name = "expect {0}")
  @ValueSource(
      strings = {
        "{assume: allow}",
        "{assume: deny}",
        "{assume: deny, error: MalformedPolicyDocument}",
        "{assume: allow, ecr: [{action: ecr:PutImage, repository: app, expect: deny}]}"
      })
  void guardrailRefusal_failsTheScenarioWithIamsMessage(String expect) {
    ScenarioResult result = run(UNSCOPED, expect);

    assertThat(result.passed()).isFalse();
    assertThat(result.roleRefused()).isTrue();
    assertThat(result.errorCode()).contains("MalformedPolicyDocument");
    assertThat(result.message())
        .isEqualTo(
            "Trust policy with trusted principal"
                + " arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
                + " must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase,"
                + " token.actions.githubusercontent.com:sub which is not scoped to all.");
    assertThat(result.decision().trust()).as("the policy is not evaluated").isEmpty();
    assertThat(result.mismatches())
        .containsExactly(
            "role GithubOIDCIAMRole cannot be created: IAM refuses its trust policy"
                + " (MalformedPolicyDocument: "
                + result.message()
                + ")");
  }

  @ParameterizedTest(name = "expect {0}")
  @ValueSource(strings = {"{assume: allow}"})
  void acceptedTrustPolicy_isEvaluated(String expect) {
    ScenarioResult result = run(SeedPolicies.TRUST_POLICY, expect);

    assertThat(result.passed()).isTrue();
    assertThat(result.roleRefused()).isFalse();
    assertThat(result.decision().trust()).isPresent();
  }
}
