package dev.rehearsal.core.evaluation;

import static dev.rehearsal.core.evaluation.IamDocs.CONDITION_OPERATORS;
import static dev.rehearsal.core.evaluation.IamDocs.VARIABLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PolicyDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Policy variables in Resource and Condition values, after {@value IamDocs#VARIABLES}. */
class PolicyVariablesTest {
  private static final ContextKeys ALICE =
      ContextKeys.builder()
          .put("aws:username", "alice")
          .put("aws:PrincipalTag/team", "yellow")
          .put("aws:TagKeys", "a", "b")
          .build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void resource_substitutesVariables(String pattern, String resource, boolean expected) {
    PolicyDocument policy = Policies.policy(Policies.identity(Effect.ALLOW, "s3:*", pattern));

    Decision decision = evaluate(policy, resource, ALICE);

    assertThat(decision.allowed()).isEqualTo(expected);
  }

  static Stream<Arguments> resources() {
    return Stream.of(
        row(
            VARIABLES + " ${aws:username} takes the request value",
            "arn:aws:s3:::b/home/${aws:username}/*",
            "arn:aws:s3:::b/home/alice/x",
            true),
        row(
            VARIABLES + " another user's home does not match",
            "arn:aws:s3:::b/home/${aws:username}/*",
            "arn:aws:s3:::b/home/bob/x",
            false),
        row(
            VARIABLES + " key names are case-insensitive",
            "arn:aws:s3:::b/${AWS:UserName}",
            "arn:aws:s3:::b/alice",
            true),
        row(
            VARIABLES + "#policy-vars-no-value a variable with no value matches no resource",
            "arn:aws:s3:::b/${aws:userid}",
            "arn:aws:s3:::b/",
            false),
        row(
            VARIABLES + "#policy-vars-default-values default value when the key is absent",
            "arn:aws:s3:::b-${aws:PrincipalTag/dept, 'company-wide'}",
            "arn:aws:s3:::b-company-wide",
            true),
        row(
            VARIABLES + "#policy-vars-default-values the key's value wins over the default",
            "arn:aws:s3:::b-${aws:PrincipalTag/team, 'company-wide'}",
            "arn:aws:s3:::b-yellow",
            true),
        row(
            VARIABLES + " a quote in a default is written twice",
            "arn:aws:s3:::b/${aws:PrincipalTag/dept, 'o''brien'}",
            "arn:aws:s3:::b/o'brien",
            true),
        row(
            VARIABLES + " special characters: ${*} is a literal asterisk",
            "arn:aws:s3:::b/${*}",
            "arn:aws:s3:::b/*",
            true),
        row(
            VARIABLES + " special characters: ${*} is not a wildcard",
            "arn:aws:s3:::b/${*}",
            "arn:aws:s3:::b/x",
            false),
        row(
            VARIABLES + " special characters: ${?} and ${$}",
            "arn:aws:s3:::b/${?}${$}",
            "arn:aws:s3:::b/?$",
            true),
        row(
            VARIABLES + " multivalued keys cannot be variables",
            "arn:aws:s3:::b/${aws:TagKeys}",
            "arn:aws:s3:::b/a",
            false),
        row(
            VARIABLES + " a malformed variable is plain text",
            "arn:aws:s3:::b/${aws:username",
            "arn:aws:s3:::b/${aws:username",
            true));
  }

  @Test
  void variables_underVersion2008_areLiteralText() {
    // IAM User Guide, "IAM JSON policy elements: Version": with 2008-10-17 variables are text.
    PolicyDocument policy =
        Policies.policy2008(
            Policies.identity(Effect.ALLOW, "s3:*", "arn:aws:s3:::b/${aws:username}"));

    assertThat(evaluate(policy, "arn:aws:s3:::b/alice", ALICE).allowed()).isFalse();
    assertThat(evaluate(policy, "arn:aws:s3:::b/${aws:username}", ALICE).allowed()).isTrue();
  }

  @Test
  void conditionValue_withVariable_isSubstitutedAndTraced() {
    PolicyDocument policy =
        Policies.policy(
            Policies.identity(
                Effect.ALLOW,
                "s3:ListBucket",
                "*",
                Policies.condition("StringLike", "s3:prefix", "home/${aws:username}/*")));
    ContextKeys context =
        ContextKeys.builder().put("aws:username", "alice").put("s3:prefix", "home/bob/").build();

    Decision decision = evaluate(policy, "arn:aws:s3:::b", context, "s3:ListBucket");

    ConditionTrace condition = decision.trace().get(0).conditions().get(0);
    assertThat(condition.result()).isFalse();
    assertThat(condition.policyValues()).containsExactly("home/alice/*");
  }

  @Test
  void conditionValue_withUnresolvedVariable_isNullSoNegatedOperatorsMatch() {
    // IAM User Guide, "Policy variables with no value": StringEquals/StringLike do not match,
    // "Inverted condition operators like StringNotEquals or StringNotLike do match".
    var deny =
        Policies.identity(
            Effect.DENY,
            "s3:GetObject",
            "*",
            Policies.condition(
                "StringNotEquals", "s3:ExistingObjectTag/Team", "${aws:PrincipalTag/Team}"));
    var allowEquals =
        Policies.identity(
            Effect.ALLOW,
            "s3:GetObject",
            "*",
            Policies.condition(
                "StringEquals", "s3:ExistingObjectTag/Team", "${aws:PrincipalTag/Team}"));
    ContextKeys untagged = ContextKeys.builder().put("s3:ExistingObjectTag/Team", "yellow").build();

    Decision decision =
        evaluate(Policies.policy(deny, allowEquals), "arn:aws:s3:::b/o", untagged, "s3:GetObject");

    assertThat(decision.trace().get(0).applied()).isTrue();
    assertThat(decision.trace().get(1).applied()).isFalse();
    assertThat(decision.trace().get(1).conditions().get(0).policyValues())
        .containsExactly("${aws:PrincipalTag/Team}");
    assertThat(decision.outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
  }

  @Test
  void numericValue_takesNoVariables() {
    // IAM User Guide, "Numeric condition operators": "You can not use a policy variable".
    var statement =
        Policies.identity(
            Effect.ALLOW,
            "s3:ListBucket",
            "*",
            Policies.condition("NumericEquals", "s3:max-keys", "${limit}"));
    ContextKeys context = ContextKeys.builder().put("limit", "10").put("s3:max-keys", "10").build();

    Decision decision =
        evaluate(Policies.policy(statement), "arn:aws:s3:::b", context, "s3:ListBucket");

    assertThat(decision.allowed()).as(CONDITION_OPERATORS).isFalse();
  }

  private static Decision evaluate(PolicyDocument policy, String resource, ContextKeys context) {
    return evaluate(policy, resource, context, "s3:GetObject");
  }

  private static Decision evaluate(
      PolicyDocument policy, String resource, ContextKeys context, String action) {
    return new PolicyEvaluator()
        .evaluate(List.of(policy), EvaluationRequest.identity(action, resource, context));
  }

  private static Arguments row(String source, String pattern, String resource, boolean expected) {
    return Arguments.of(named(source, pattern), resource, expected);
  }
}
