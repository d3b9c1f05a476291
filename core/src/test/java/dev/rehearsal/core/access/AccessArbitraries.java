package dev.rehearsal.core.access;

import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.EvaluationRequest;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PrincipalElement;
import dev.rehearsal.core.policy.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Small random trust and identity policies, and requests over the same few characters, so that
 * random requests often fall on the boundaries between statements.
 */
final class AccessArbitraries {
  static final String SUB = "token.actions.githubusercontent.com:sub";
  static final String AUD = "token.actions.githubusercontent.com:aud";
  static final String GITHUB =
      "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
  private static final List<String> OPERATORS =
      List.of(
          "StringLike",
          "StringEquals",
          "StringNotLike",
          "StringNotEquals",
          "StringEqualsIgnoreCase",
          "StringLikeIfExists",
          "StringNotEqualsIgnoreCase",
          "ForAllValues:StringLike",
          "ForAnyValue:StringNotLike",
          "Null",
          "Bool",
          "ArnLike");
  private static final List<String> PRINCIPALS =
      List.of(GITHUB, "arn:aws:iam::123456789012:oidc-provider/other.example");

  private AccessArbitraries() {}

  static Arbitrary<String> values() {
    return Arbitraries.strings().withChars("ab*?:/A").ofMaxLength(5);
  }

  static Arbitrary<String> requestValues() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abA:/*?c").ofMaxLength(6),
        Arbitraries.of("true", "FALSE", "a:b:c:d:e:f", "a:b::d:e:f/a"));
  }

  static Arbitrary<PolicyDocument> trustPolicies() {
    return statement(true).list().ofMinSize(1).ofMaxSize(3).map(AccessArbitraries::policy);
  }

  static Arbitrary<PolicyDocument> identityPolicies() {
    return statement(false).list().ofMinSize(1).ofMaxSize(3).map(AccessArbitraries::policy);
  }

  private static PolicyDocument policy(List<Statement> statements) {
    return new PolicyDocument(
        Optional.of(PolicyDocument.VERSION_2012), Optional.empty(), statements);
  }

  private static Arbitrary<Statement> statement(boolean trust) {
    Arbitrary<Optional<PrincipalElement>> principal =
        trust
            ? Arbitraries.oneOf(
                    Arbitraries.of(PRINCIPALS).map(p -> PrincipalElement.of("Federated", p)),
                    Arbitraries.just(PrincipalElement.anyone()),
                    Arbitraries.just(
                        new PrincipalElement(true, false, Map.of("Federated", List.of(GITHUB)))))
                .map(Optional::of)
            : Arbitraries.just(Optional.empty());
    Arbitrary<PatternElement> action =
        Combinators.combine(
                Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(1, true), net.jqwik.api.Tuple.of(5, false)),
                Arbitraries.of(
                        "sts:AssumeRoleWithWebIdentity",
                        "STS:Assume*",
                        "ecr:*",
                        "ecr:Put?mage",
                        "*")
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(2))
            .as(PatternElement::new);
    Arbitrary<Optional<PatternElement>> resource =
        trust
            ? Arbitraries.just(Optional.empty())
            : values()
                .map(v -> "arn:aws:ecr:us-east-1:123456789012:repository/" + v)
                .list()
                .ofMinSize(1)
                .ofMaxSize(2)
                .map(r -> Optional.of(new PatternElement(false, r)));
    return Combinators.combine(
            Arbitraries.of(Effect.class),
            principal,
            action,
            resource,
            condition().list().ofMaxSize(3))
        .as((effect, p, a, r, c) -> new Statement(Optional.empty(), effect, p, a, r, c));
  }

  private static Arbitrary<Condition> condition() {
    return Combinators.combine(
            Arbitraries.of(OPERATORS),
            Arbitraries.of(SUB, AUD, "Token.Actions.GitHubUserContent.com:SUB", "aws:SourceArn"),
            Arbitraries.oneOf(values(), Arbitraries.of("true", "false", "a:b:*:d:e:*"))
                .list()
                .ofMinSize(1)
                .ofMaxSize(2))
        .as((op, key, vals) -> new Condition(ConditionOperator.parse(op).orElseThrow(), key, vals));
  }

  static Arbitrary<EvaluationRequest> trustRequests() {
    return Combinators.combine(
            Arbitraries.of(PRINCIPALS),
            Arbitraries.of("sts:AssumeRoleWithWebIdentity", "ecr:PutImage", "sts:assumeROLE"),
            requestValues().optional(0.8),
            requestValues().optional(0.8),
            requestValues().optional(0.3))
        .as(
            (principal, action, sub, aud, arn) ->
                EvaluationRequest.assumeRole(
                    RequestPrincipal.federated(principal), action, context(sub, aud, arn)));
  }

  static Arbitrary<EvaluationRequest> identityRequests() {
    return Combinators.combine(
            Arbitraries.of(
                "ecr:PutImage", "ecr:pUtXmage", "sts:AssumeRoleWithWebIdentity", "s3:GetObject"),
            requestValues().map(v -> "arn:aws:ecr:us-east-1:123456789012:repository/" + v),
            requestValues().optional(0.5),
            requestValues().optional(0.5))
        .as(
            (action, resource, sub, arn) ->
                EvaluationRequest.identity(action, resource, context(sub, Optional.empty(), arn)));
  }

  private static ContextKeys context(
      Optional<String> sub, Optional<String> aud, Optional<String> arn) {
    ContextKeys.Builder keys = ContextKeys.builder();
    sub.ifPresent(v -> keys.put(SUB, v));
    aud.ifPresent(v -> keys.put(AUD, v));
    arn.ifPresent(v -> keys.put("aws:SourceArn", v));
    return keys.build();
  }
}
