package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import dev.rehearsal.core.lint.StackLint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A template's role whose trust policy IAM refuses as a document ({@code MalformedPolicyDocument},
 * which CloudFormation reports as the role's handler failure) cannot exist: {@code check} fails the
 * scenarios naming it with IAM's message and still checks the stack's other roles; a deploy, lint
 * and diff refuse the template whole, naming the resource.
 */
class RefusedTemplateRoleTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final StackSettings SETTINGS =
      StackSettings.of("ci", "us-east-1", "123456789012", Map.of());

  private static final String TEMPLATE =
      """
      Resources:
        GithubOidc:
          Type: AWS::IAM::OIDCProvider
          Properties:
            Url: https://token.actions.githubusercontent.com
            ClientIdList: [sts.amazonaws.com]
        Good:
          Type: AWS::IAM::Role
          Properties:
            RoleName: Good
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: {Federated: !Ref GithubOidc}
                  Action: sts:AssumeRoleWithWebIdentity
                  Condition:
                    StringLike: {'token.actions.githubusercontent.com:sub': 'repo:acme/*'}
        Broken:
          Type: AWS::IAM::Role
          Properties:
            RoleName: Broken
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Maybe
                  Principal: {Federated: !Ref GithubOidc}
                  Action: sts:AssumeRoleWithWebIdentity
      """;

  private static final String SCENARIOS =
      """
      scenarios:
        - name: good
          role: Good
          run: {repository: acme/app, ref: main}
          expect: {assume: allow}
        - name: broken
          role: Broken
          run: {repository: acme/app, ref: main}
          expect: {assume: allow}
      """;

  @Test
  void check_failsTheRefusedRolesScenarios_andChecksTheOthers() {
    ResolvedStack stack = Template.parseForAnalysis(TEMPLATE).resolve(SETTINGS);
    ScenarioRunner runner = new ScenarioRunner(StackTarget.of(stack, "123456789012", "us-east-1"));
    List<Scenario> scenarios = ScenarioFile.parse("s.yaml", SCENARIOS);

    ScenarioResult good = runner.run(scenarios.get(0), NOW);
    ScenarioResult broken = runner.run(scenarios.get(1), NOW);

    assertThat(good.passed()).as(good.mismatches().toString()).isTrue();
    assertThat(broken.passed()).isFalse();
    assertThat(broken.roleRefused()).isTrue();
    assertThat(broken.errorCode()).contains("MalformedPolicyDocument");
    assertThat(broken.decision().trust()).as("the policy is not evaluated").isEmpty();
    assertThat(broken.mismatches())
        .singleElement()
        .asString()
        .startsWith("role Broken cannot be created: IAM refuses its trust policy");
  }

  @Test
  void deployLintAndDiff_refuseTheTemplateWhole_namingTheResource() {
    assertThatThrownBy(() -> Template.parse(TEMPLATE).resolve(SETTINGS))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("MalformedPolicyDocument")
        .hasMessageContaining("for resource Broken");
    ResolvedStack analysed = Template.parseForAnalysis(TEMPLATE).resolve(SETTINGS);
    assertThatThrownBy(() -> StackLint.lint(analysed))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("for resource Broken");
  }
}
