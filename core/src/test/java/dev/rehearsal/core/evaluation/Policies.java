package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PrincipalElement;
import dev.rehearsal.core.policy.Statement;
import java.util.List;
import java.util.Optional;

/** Test-only shorthand for building policies from the model records. */
final class Policies {
  static final String PROVIDER =
      "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
  static final String WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
  static final String SUB = "token.actions.githubusercontent.com:sub";

  private Policies() {}

  static PolicyDocument policy(Statement... statements) {
    return new PolicyDocument(
        Optional.of(PolicyDocument.VERSION_2012), Optional.empty(), List.of(statements));
  }

  static PolicyDocument policy2008(Statement... statements) {
    return new PolicyDocument(
        Optional.of(PolicyDocument.VERSION_2008), Optional.empty(), List.of(statements));
  }

  /** The seed trust policy: GitHub's provider may assume the role for any repository of acme. */
  static PolicyDocument seedTrustPolicy() {
    return policy(trust(Effect.ALLOW, condition("StringLike", SUB, "repo:acme/*")));
  }

  static Statement trust(Effect effect, Condition... conditions) {
    return new Statement(
        Optional.empty(),
        effect,
        Optional.of(PrincipalElement.of("Federated", PROVIDER)),
        PatternElement.of(WEB_IDENTITY),
        Optional.empty(),
        List.of(conditions));
  }

  static Statement identity(
      Effect effect, String action, String resource, Condition... conditions) {
    return new Statement(
        Optional.empty(),
        effect,
        Optional.empty(),
        PatternElement.of(action),
        Optional.of(PatternElement.of(resource)),
        List.of(conditions));
  }

  static Statement statement(
      Effect effect,
      Optional<PrincipalElement> principal,
      PatternElement action,
      Optional<PatternElement> resource,
      Condition... conditions) {
    return new Statement(
        Optional.empty(), effect, principal, action, resource, List.of(conditions));
  }

  static Condition condition(String operator, String key, String... values) {
    return new Condition(
        ConditionOperator.parse(operator)
            .orElseThrow(() -> new IllegalArgumentException("not an operator: " + operator)),
        key,
        List.of(values));
  }

  static EvaluationRequest webIdentity(ContextKeys context) {
    return EvaluationRequest.assumeRole(
        RequestPrincipal.federated(PROVIDER), WEB_IDENTITY, context);
  }

  static EvaluationRequest webIdentityFor(String sub) {
    return webIdentity(ContextKeys.builder().put(SUB, sub).build());
  }

  /**
   * The decision of an identity policy allowing {@code s3:GetObject} under one condition on key
   * {@code k}, for a request whose {@code k} has {@code requestValues} (absent when null).
   */
  static Decision underCondition(
      String operator, List<String> policyValues, List<String> requestValues) {
    ContextKeys.Builder context = ContextKeys.builder();
    if (requestValues != null) {
      context.put("k", requestValues);
    }
    Statement statement =
        identity(
            Effect.ALLOW,
            "s3:GetObject",
            "*",
            condition(operator, "k", policyValues.toArray(String[]::new)));
    return new PolicyEvaluator()
        .evaluate(
            List.of(policy(statement)),
            EvaluationRequest.identity("s3:GetObject", "arn:aws:s3:::b/o", context.build()));
  }
}
