package dev.rehearsal.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lint without parameter values (cfn-lint and Checkov lint templates so): a finding that depends on
 * a parameter says so, and the values that change the findings are named.
 */
class TemplateLintTest {
  private static final StackSettings NONE =
      StackSettings.of("ci", "us-east-1", "123456789012", Map.of());

  private static String resource(String name) throws IOException {
    try (InputStream in = TemplateLintTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void lint_whenTheSeedHasNoGitHubOrg_namesTheValueThatWidensIt() throws IOException {
    TemplateLint.Result result =
        TemplateLint.lint(
            Template.parseForAnalysis(
                resource("/cloudformation/define_github_oidc_with_iam_role.yaml")),
            NONE);

    assertThat(result.findings())
        .filteredOn(f -> f.finding().rule() == LintRule.GHOIDC003)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.notes())
                    .containsExactly(
                        "depends on parameter GitHubOrg, which has no value here",
                        "goes away when GitHubOrg = '*'"));
    assertThat(result.findings())
        .filteredOn(f -> f.finding().rule() == LintRule.GHOIDC002)
        .singleElement()
        .satisfies(f -> assertThat(f.notes()).containsExactly("only when GitHubOrg = '*'"));
  }

  @Test
  void lint_whenAParameterHasAllowedValues_triesEach() throws IOException {
    String template =
        """
        Parameters:
          Scope: {Type: String, AllowedValues: ['repo:acme/app:ref:refs/heads/main', 'repo:acme/*']}
        Resources:
          R:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Federated: !Sub 'arn:aws:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com'}
                    Action: sts:AssumeRoleWithWebIdentity
                    Condition:
                      StringEquals: {'token.actions.githubusercontent.com:aud': sts.amazonaws.com}
                      StringLike: {'token.actions.githubusercontent.com:sub': !Ref Scope}
        """;

    TemplateLint.Result result = TemplateLint.lint(Template.parseForAnalysis(template), NONE);

    assertThat(result.findings())
        .filteredOn(f -> f.finding().rule() == LintRule.GHOIDC003)
        .singleElement()
        .satisfies(f -> assertThat(f.notes()).containsExactly("only when Scope = 'repo:acme/*'"));
  }

  @Test
  void lint_mixedStack_findsTheRolesFindingsAndNamesTheProbes() throws IOException {
    TemplateLint.Result result =
        TemplateLint.lint(Template.parseForAnalysis(resource("/analysis/mixed-stack.yaml")), NONE);

    assertThat(result.findings())
        .extracting(f -> f.finding().ruleId() + " " + f.logicalId())
        .containsExactly("GHOIDC013 DeployRole", "GHOIDC008 DeployRole", "GHOIDC002 DeployRole");
    assertThat(result.unresolved())
        .extracting(Object::toString)
        .containsExactly(
            "{{GitHubOrg}}: parameter GitHubOrg has no value (give one with -p GitHubOrg=VALUE)",
            "{{RepositoryName}}: parameter RepositoryName has no value (give one with -p"
                + " RepositoryName=VALUE)",
            "{{ArtifactBucket.Arn}}: Fn::GetAtt ArtifactBucket.Arn: ArtifactBucket"
                + " (AWS::S3::Bucket) is not interpreted; its value is known once it is created",
            "{{Handler.Arn}}: Fn::GetAtt Handler.Arn: Handler (AWS::Lambda::Function) is not"
                + " interpreted; its value is known once it is created",
            "{{ArtifactBucket}}: Ref ArtifactBucket: ArtifactBucket (AWS::S3::Bucket) is not"
                + " interpreted; its value is known once it is created");
  }
}
