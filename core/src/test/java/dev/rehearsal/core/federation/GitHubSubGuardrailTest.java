package dev.rehearsal.core.federation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PrincipalElement;
import dev.rehearsal.core.policy.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guardrail observed in unfunco/terraform-aws-oidc-github#57 (facts.md). */
class GitHubSubGuardrailTest {
  private static final String GITHUB =
      "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";

  private static PolicyDocument trust(String principal, List<Condition> conditions) {
    Statement statement =
        new Statement(
            Optional.empty(),
            Effect.ALLOW,
            Optional.of(PrincipalElement.of("Federated", principal)),
            PatternElement.of("sts:AssumeRoleWithWebIdentity"),
            Optional.empty(),
            conditions);
    return new PolicyDocument(Optional.of("2012-10-17"), Optional.empty(), List.of(statement));
  }

  private static Condition condition(String operator, String key, String value) {
    return new Condition(ConditionOperator.parse(operator).orElseThrow(), key, List.of(value));
  }

  @ParameterizedTest
  @CsvSource({
    "StringLike, repo:*",
    "StringLike, repo:acme/*",
    "StringEquals, repo:acme/app:ref:refs/heads/main",
    "StringEqualsIgnoreCase, repo:ACME/app:environment:prod"
  })
  void check_whenSubScoped_accepts_perObservedIamBehaviour(String operator, String value) {
    var policy =
        trust(
            GITHUB, List.of(condition(operator, "token.actions.githubusercontent.com:sub", value)));
    assertThatCode(() -> GitHubSubGuardrail.check(policy)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "**", "*?"})
  void check_whenSubScopedToAll_rejectsWithIamMessage(String value) {
    var policy =
        trust(
            GITHUB,
            List.of(condition("StringLike", "token.actions.githubusercontent.com:sub", value)));
    assertThatThrownBy(() -> GitHubSubGuardrail.check(policy))
        .isInstanceOf(MalformedPolicyDocumentException.class)
        .hasMessage(
            "Trust policy with trusted principal "
                + GITHUB
                + " must evaluate, using StringEquals, StringLike or StringEqualsIgnoreCase,"
                + " token.actions.githubusercontent.com:sub which is not scoped to all.");
  }

  @ParameterizedTest
  @CsvSource({
    "StringLike, token.actions.githubusercontent.com:aud, sts.amazonaws.com",
    "StringNotEquals, token.actions.githubusercontent.com:sub, repo:evil/*",
    "ForAnyValue:StringLike, token.actions.githubusercontent.com:actor, octocat"
  })
  void check_whenSubNotTestedByAScopingOperator_rejects(String operator, String key, String v) {
    var policy = trust(GITHUB, List.of(condition(operator, key, v)));
    assertThatThrownBy(() -> GitHubSubGuardrail.check(policy))
        .isInstanceOf(MalformedPolicyDocumentException.class);
  }

  @org.junit.jupiter.api.Test
  void check_whenNoConditionAtAll_rejects() {
    assertThatThrownBy(() -> GitHubSubGuardrail.check(trust(GITHUB, List.of())))
        .isInstanceOf(MalformedPolicyDocumentException.class);
  }

  @org.junit.jupiter.api.Test
  void check_whenEnterpriseSlugProvider_usesTheSlugInKeyAndMessage_perUnfunco57() {
    String slugArn = GITHUB + "/acme-corp";
    assertThatThrownBy(() -> GitHubSubGuardrail.check(trust(slugArn, List.of())))
        .hasMessageContaining("principal " + slugArn + " must evaluate")
        .hasMessageContaining("token.actions.githubusercontent.com/acme-corp:sub which");
  }

  @org.junit.jupiter.api.Test
  void check_whenKeyWrittenInOtherCase_stillCounts_perIamCaseInsensitiveKeys() {
    var policy =
        trust(
            GITHUB,
            List.of(
                condition("StringLike", "Token.Actions.GitHubUserContent.com:SUB", "repo:acme/*")));
    assertThatCode(() -> GitHubSubGuardrail.check(policy)).doesNotThrowAnyException();
  }

  @org.junit.jupiter.api.Test
  void check_whenOtherProvider_doesNotApply() {
    var policy = trust("arn:aws:iam::123456789012:oidc-provider/gitlab.com", List.of());
    assertThatCode(() -> GitHubSubGuardrail.check(policy)).doesNotThrowAnyException();
  }
}
