package dev.rehearsal.core.evaluation;

import static dev.rehearsal.core.evaluation.IamDocs.ACTION;
import static dev.rehearsal.core.evaluation.IamDocs.EVALUATION_LOGIC;
import static dev.rehearsal.core.evaluation.IamDocs.MULTIPLE_KEYS_OR_VALUES;
import static dev.rehearsal.core.evaluation.IamDocs.NOT_ACTION;
import static dev.rehearsal.core.evaluation.IamDocs.NOT_PRINCIPAL;
import static dev.rehearsal.core.evaluation.IamDocs.NOT_RESOURCE;
import static dev.rehearsal.core.evaluation.IamDocs.PRINCIPAL;
import static dev.rehearsal.core.evaluation.IamDocs.RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PrincipalElement;
import dev.rehearsal.core.policy.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyEvaluatorTest {
  private final PolicyEvaluator evaluator = new PolicyEvaluator();

  @Test
  void seedTrustPolicy_whenRepositoryOfAcme_allows() {
    Decision decision =
        evaluator.evaluate(
            List.of(Policies.seedTrustPolicy()),
            Policies.webIdentityFor("repo:acme/app:ref:refs/heads/main"));

    assertThat(decision.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(decision.explain())
        .isEqualTo(
            "ALLOW: sts:AssumeRoleWithWebIdentity is allowed by statement 0 (Allow).\n"
                + "statement 0 (Allow) applied: condition StringLike"
                + " token.actions.githubusercontent.com:sub ['repo:acme/app:ref:refs/heads/main']"
                + " matches ['repo:acme/*']");
  }

  @Test
  void seedTrustPolicy_whenOtherRepository_deniesImplicitlyAndSaysWhich() {
    Decision decision =
        evaluator.evaluate(
            List.of(Policies.seedTrustPolicy()),
            Policies.webIdentityFor("repo:evil/app:ref:refs/heads/main"));

    assertThat(decision.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(decision.explain())
        .isEqualTo(
            "IMPLICIT_DENY: no statement allows sts:AssumeRoleWithWebIdentity, so it is denied by"
                + " default.\n"
                + "statement 0 (Allow) did not apply: condition StringLike"
                + " token.actions.githubusercontent.com:sub ['repo:evil/app:ref:refs/heads/main']"
                + " does not match any of ['repo:acme/*']");
  }

  @Test
  void trace_whenConditionFails_recordsKeyValuesAndResult() {
    Decision decision =
        evaluator.evaluate(
            List.of(Policies.seedTrustPolicy()), Policies.webIdentityFor("repo:x/y"));

    StatementTrace statement = decision.trace().get(0);
    assertThat(statement.principalMatched()).isTrue();
    assertThat(statement.actionMatched()).isTrue();
    assertThat(statement.resourceMatched()).isTrue();
    assertThat(statement.applied()).isFalse();
    assertThat(statement.conditions())
        .singleElement()
        .satisfies(
            condition -> {
              assertThat(condition.operatorText()).isEqualTo("StringLike");
              assertThat(condition.key()).isEqualTo(Policies.SUB);
              assertThat(condition.keyPresent()).isTrue();
              assertThat(condition.requestValues()).containsExactly("repo:x/y");
              assertThat(condition.policyValues()).containsExactly("repo:acme/*");
              assertThat(condition.result()).isFalse();
            });
  }

  @Test
  void explicitDeny_overridesAllow_inAnotherPolicy() {
    PolicyDocument allow = Policies.seedTrustPolicy();
    PolicyDocument deny =
        Policies.policy(
            Policies.trust(
                Effect.DENY,
                Policies.condition("StringLike", Policies.SUB, "repo:acme/*:ref:refs/heads/dev*")));

    Decision decision =
        evaluator.evaluate(
            List.of(allow, deny), Policies.webIdentityFor("repo:acme/app:ref:refs/heads/dev-1"));

    assertThat(decision.outcome()).as(EVALUATION_LOGIC).isEqualTo(Outcome.EXPLICIT_DENY);
    assertThat(decision.explain())
        .startsWith(
            "EXPLICIT_DENY: sts:AssumeRoleWithWebIdentity is denied by policy 1 statement 0 (Deny);")
        .contains("policy 0 statement 0 (Allow) applied");
  }

  @Test
  void noStatements_denyImplicitly() {
    Decision decision = evaluator.evaluate(List.of(), Policies.webIdentityFor("repo:acme/app"));

    assertThat(decision.outcome()).as(EVALUATION_LOGIC).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(decision.trace()).isEmpty();
  }

  @Test
  void severalOperatorsAndKeys_inOneConditionBlock_areAnded() {
    Statement statement =
        Policies.trust(
            Effect.ALLOW,
            Policies.condition(
                "StringEquals", "token.actions.githubusercontent.com:aud", "sts.amazonaws.com"),
            Policies.condition("StringLike", Policies.SUB, "repo:acme/*"));
    ContextKeys wrongAudience =
        ContextKeys.builder()
            .put("token.actions.githubusercontent.com:aud", "example.com")
            .put(Policies.SUB, "repo:acme/app")
            .build();

    Decision decision =
        evaluator.evaluate(
            List.of(Policies.policy(statement)), Policies.webIdentity(wrongAudience));

    assertThat(decision.outcome()).as(MULTIPLE_KEYS_OR_VALUES).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(decision.trace().get(0).conditions())
        .extracting(ConditionTrace::result)
        .containsExactly(false, true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"actionElements", "resourceElements", "principalElements"})
  void statementElements_matchAsDocumented(
      Statement statement, EvaluationRequest request, boolean applies) {
    Decision decision = evaluator.evaluate(List.of(Policies.policy(statement)), request);

    assertThat(decision.trace().get(0).applied()).isEqualTo(applies);
  }

  static Stream<Arguments> actionElements() {
    ContextKeys none = ContextKeys.empty();
    return Stream.of(
        element(
            ACTION + " action names are case-insensitive",
            identityStatement(PatternElement.of("S3:getobject"), "*"),
            EvaluationRequest.identity("s3:GetObject", "arn:aws:s3:::b/o", none),
            true),
        element(
            ACTION + " action wildcards",
            identityStatement(PatternElement.of("iam:*AccessKey*"), "*"),
            EvaluationRequest.identity("iam:ListAccessKeys", "arn:aws:iam::1:user/u", none),
            true),
        element(
            ACTION + " other action",
            identityStatement(PatternElement.of("s3:Get*"), "*"),
            EvaluationRequest.identity("s3:PutObject", "arn:aws:s3:::b/o", none),
            false),
        element(
            NOT_ACTION + " NotAction matches everything else",
            identityStatement(PatternElement.not("iam:*"), "*"),
            EvaluationRequest.identity("s3:PutObject", "arn:aws:s3:::b/o", none),
            true),
        element(
            NOT_ACTION + " NotAction excludes its actions",
            identityStatement(PatternElement.not("iam:*"), "*"),
            EvaluationRequest.identity("IAM:CreateUser", "arn:aws:iam::1:user/u", none),
            false));
  }

  static Stream<Arguments> resourceElements() {
    ContextKeys none = ContextKeys.empty();
    return Stream.of(
        element(
            RESOURCE + " resource is case sensitive",
            identityStatement(PatternElement.of("*"), "arn:aws:iam::1:user/Bob"),
            EvaluationRequest.identity("iam:GetUser", "arn:aws:iam::1:user/bob", none),
            false),
        element(
            RESOURCE + " * spans slashes in the resource part",
            identityStatement(PatternElement.of("*"), "arn:aws:s3:::amzn-s3-demo-bucket/*/test/*"),
            EvaluationRequest.identity(
                "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/1///test///object.jpg", none),
            true),
        element(
            RESOURCE + " the example's non-match",
            identityStatement(PatternElement.of("*"), "arn:aws:s3:::amzn-s3-demo-bucket/*/test/*"),
            EvaluationRequest.identity(
                "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/test/object.jpg", none),
            false),
        element(
            RESOURCE + " a * inside a segment does not cross a colon",
            identityStatement(PatternElement.of("*"), "arn:aws:dynamodb:us-*-1:*:table/t"),
            EvaluationRequest.identity(
                "dynamodb:GetItem", "arn:aws:dynamodb:us-east:x-1:111122223333:table/t", none),
            false),
        element(
            RESOURCE + " a * ending a segment expands beyond the colon",
            identityStatement(PatternElement.of("*"), "arn:aws:dynamodb:*:table/prod-*"),
            EvaluationRequest.identity(
                "dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:111122223333:table/prod-x", none),
            true),
        element(
            NOT_RESOURCE + " NotResource matches other resources",
            notResourceStatement(PatternElement.not("arn:aws:s3:::secret/*")),
            EvaluationRequest.identity("s3:GetObject", "arn:aws:s3:::public/o", none),
            true),
        element(
            NOT_RESOURCE + " NotResource excludes its resources",
            notResourceStatement(PatternElement.not("arn:aws:s3:::secret/*")),
            EvaluationRequest.identity("s3:GetObject", "arn:aws:s3:::secret/o", none),
            false));
  }

  static Stream<Arguments> principalElements() {
    ContextKeys none = ContextKeys.empty();
    String role = "arn:aws:iam::111122223333:role/ci";
    return Stream.of(
        element(
            PRINCIPAL + " Federated principal matches exactly",
            principalStatement(PrincipalElement.of("Federated", Policies.PROVIDER)),
            Policies.webIdentity(none),
            true),
        element(
            PRINCIPAL + " another provider does not match",
            principalStatement(
                PrincipalElement.of(
                    "Federated", "arn:aws:iam::123456789012:oidc-provider/gitlab.com")),
            Policies.webIdentity(none),
            false),
        element(
            PRINCIPAL + " Principal * matches anyone",
            principalStatement(PrincipalElement.anyone()),
            Policies.webIdentity(none),
            true),
        element(
            PRINCIPAL + " {AWS: *} matches anyone",
            principalStatement(PrincipalElement.of("AWS", "*")),
            Policies.webIdentity(none),
            true),
        element(
            PRINCIPAL + " an account ID matches the account's roles",
            principalStatement(PrincipalElement.of("AWS", "111122223333")),
            assumeRoleAs(RequestPrincipal.aws(role)),
            true),
        element(
            PRINCIPAL + " the account root ARN matches the account's roles",
            principalStatement(PrincipalElement.of("AWS", "arn:aws:iam::111122223333:root")),
            assumeRoleAs(RequestPrincipal.aws(role)),
            true),
        element(
            PRINCIPAL + " another account does not match",
            principalStatement(PrincipalElement.of("AWS", "444455556666")),
            assumeRoleAs(RequestPrincipal.aws(role)),
            false),
        element(
            PRINCIPAL + " no partial wildcards in principals",
            principalStatement(PrincipalElement.of("AWS", "arn:aws:iam::111122223333:role/*")),
            assumeRoleAs(RequestPrincipal.aws(role)),
            false),
        element(
            PRINCIPAL + " several types are ORed",
            principalStatement(
                new PrincipalElement(
                    false,
                    false,
                    Map.of(
                        "AWS", List.of("444455556666"), "Federated", List.of(Policies.PROVIDER)))),
            Policies.webIdentity(none),
            true),
        element(
            NOT_PRINCIPAL + " NotPrincipal matches principals not listed",
            principalStatement(new PrincipalElement(true, false, Map.of("AWS", List.of(role)))),
            Policies.webIdentity(none),
            true),
        element(
            NOT_PRINCIPAL + " NotPrincipal excludes listed principals",
            principalStatement(new PrincipalElement(true, false, Map.of("AWS", List.of(role)))),
            assumeRoleAs(RequestPrincipal.aws(role)),
            false));
  }

  @Test
  void explain_whenElementsFail_namesTheValuesAndTheElements() {
    Statement statement =
        new Statement(
            Optional.of("GitHub"),
            Effect.ALLOW,
            Optional.of(
                PrincipalElement.of("Federated", "arn:aws:iam::1:oidc-provider/gitlab.com")),
            PatternElement.of("sts:AssumeRole"),
            Optional.empty(),
            List.of(
                Policies.condition(
                    "StringEquals",
                    "token.actions.githubusercontent.com:aud",
                    "sts.amazonaws.com")));

    String explanation =
        evaluator
            .evaluate(List.of(Policies.policy(statement)), Policies.webIdentityFor("repo:a/b"))
            .explain();

    assertThat(explanation)
        .contains("statement 0 \"GitHub\" (Allow) did not apply: ")
        .contains("principal Federated '" + Policies.PROVIDER + "' is not in Principal")
        .contains("action 'sts:AssumeRoleWithWebIdentity' does not match Action ['sts:AssumeRole']")
        .contains(
            "condition StringEquals token.actions.githubusercontent.com:aud is absent from the request");
  }

  private static Statement identityStatement(PatternElement action, String resource) {
    return Policies.statement(
        Effect.ALLOW, Optional.empty(), action, Optional.of(PatternElement.of(resource)));
  }

  private static Statement notResourceStatement(PatternElement notResource) {
    return Policies.statement(
        Effect.ALLOW, Optional.empty(), PatternElement.of("s3:*"), Optional.of(notResource));
  }

  private static Statement principalStatement(PrincipalElement principal) {
    return Policies.statement(
        Effect.ALLOW, Optional.of(principal), PatternElement.of("sts:*"), Optional.empty());
  }

  private static EvaluationRequest assumeRoleAs(RequestPrincipal principal) {
    return EvaluationRequest.assumeRole(principal, "sts:AssumeRole", ContextKeys.empty());
  }

  private static Arguments element(
      String source, Statement statement, EvaluationRequest request, boolean applies) {
    return Arguments.of(named(source, statement), request, applies);
  }

  @Test
  void evaluate_whenEqualDocumentsAreDistinctObjects_decidesTheSame() {
    EvaluationRequest acme = Policies.webIdentityFor("repo:acme/app:ref:refs/heads/main");
    PolicyDocument first = Policies.seedTrustPolicy();
    PolicyDocument equal = Policies.seedTrustPolicy();

    Decision once = evaluator.evaluate(List.of(first), acme);

    assertThat(equal).isNotSameAs(first).isEqualTo(first);
    assertThat(evaluator.evaluate(List.of(equal), acme)).isEqualTo(once);
    assertThat(evaluator.evaluate(List.of(first), acme)).isEqualTo(once);
  }
}
