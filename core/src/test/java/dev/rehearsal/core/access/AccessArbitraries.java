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
import dev.rehearsal.core.property.Gens;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Small random trust and identity policies, and requests over the same few characters, so that
 * random requests often fall on the boundaries between statements. {@code tries} is the number of
 * examples the property runs (sizes scale with it, as they did in jqwik).
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
          "ForAnyValue:StringLikeIfExists",
          "ForAllValues:StringEqualsIfExists",
          "Null",
          "Bool",
          "ArnLike");
  private static final List<String> PRINCIPALS =
      List.of(GITHUB, "arn:aws:iam::123456789012:oidc-provider/other.example");

  private AccessArbitraries() {}

  static Gen<String> values(int tries) {
    return Gens.strings(Gens.chars("ab*?:/A"), 0, 5, tries);
  }

  static Gen<String> requestValues(int tries) {
    return Gens.oneOf(
        Gens.strings(Gens.chars("abA:/*?c"), 0, 6, tries),
        Gens.of("true", "FALSE", "a:b:c:d:e:f", "a:b::d:e:f/a"),
        subjects(tries));
  }

  /**
   * Subjects shaped as GitHub's, {@code repo:OWNER/REPO...}, real and impossible ones (a {@code *}
   * or {@code ?} in the owner or repository), so that the diff's real-subject language is tested.
   */
  static Gen<String> subjects(int tries) {
    Gen<String> name = Gens.strings(Gens.chars("aA*.-?"), 0, 3, tries);
    return name.zip(
        name,
        Gens.of("", ":a", ":*", ":b:c"),
        (owner, repo, rest) -> "repo:" + owner + "/" + repo + rest);
  }

  static Gen<PolicyDocument> trustPolicies(int tries) {
    return Gens.lists(statement(true, tries), 1, 3, tries).map(AccessArbitraries::policy);
  }

  static Gen<PolicyDocument> identityPolicies(int tries) {
    return Gens.lists(statement(false, tries), 1, 3, tries).map(AccessArbitraries::policy);
  }

  private static PolicyDocument policy(List<Statement> statements) {
    return new PolicyDocument(
        Optional.of(PolicyDocument.VERSION_2012), Optional.empty(), statements);
  }

  private static Gen<Statement> statement(boolean trust, int tries) {
    Gen<Optional<PrincipalElement>> principal =
        trust
            ? Gens.<PrincipalElement>oneOf(
                    Gens.of(PRINCIPALS).map(p -> PrincipalElement.of("Federated", p)),
                    Generate.constant(PrincipalElement.anyone()),
                    Generate.constant(
                        new PrincipalElement(true, false, Map.of("Federated", List.of(GITHUB)))))
                .map(Optional::of)
            : Generate.constant(Optional.empty());
    Gen<PatternElement> action =
        Gens.<Boolean>frequency(1, Generate.constant(true), 5, Generate.constant(false))
            .zip(
                Gens.lists(
                    Gens.of(
                        "sts:AssumeRoleWithWebIdentity",
                        "STS:Assume*",
                        "ecr:*",
                        "ecr:Put?mage",
                        "*"),
                    1,
                    2,
                    tries),
                PatternElement::new);
    Gen<Optional<PatternElement>> resource =
        trust
            ? Generate.constant(Optional.empty())
            : Gens.lists(
                    values(tries).map(v -> "arn:aws:ecr:us-east-1:123456789012:repository/" + v),
                    1,
                    2,
                    tries)
                .map(r -> Optional.of(new PatternElement(false, r)));
    return Generate.enumValues(Effect.class)
        .zip(
            principal,
            action,
            resource,
            Gens.lists(condition(tries), 0, 3, tries),
            (effect, p, a, r, c) -> new Statement(Optional.empty(), effect, p, a, r, c));
  }

  private static Gen<Condition> condition(int tries) {
    return Gens.of(OPERATORS)
        .zip(
            Gens.of(SUB, AUD, "Token.Actions.GitHubUserContent.com:SUB", "aws:SourceArn"),
            Gens.lists(
                Gens.oneOf(
                    values(tries),
                    Gens.of("true", "false", "a:b:*:d:e:*"),
                    subjects(tries).map(v -> v.replace('.', '*'))),
                1,
                2,
                tries),
            (op, key, vals) -> new Condition(ConditionOperator.parse(op).orElseThrow(), key, vals));
  }

  static Gen<EvaluationRequest> trustRequests(int tries) {
    return Gens.of(PRINCIPALS)
        .zip(
            Gens.of("sts:AssumeRoleWithWebIdentity", "ecr:PutImage", "sts:assumeROLE"),
            Gens.optional(requestValues(tries), 0.8),
            Gens.optional(requestValues(tries), 0.8),
            Gens.optional(requestValues(tries), 0.3),
            (principal, action, sub, aud, arn) ->
                EvaluationRequest.assumeRole(
                    RequestPrincipal.federated(principal), action, context(sub, aud, arn)));
  }

  static Gen<EvaluationRequest> identityRequests(int tries) {
    return Gens.of("ecr:PutImage", "ecr:pUtXmage", "sts:AssumeRoleWithWebIdentity", "s3:GetObject")
        .zip(
            requestValues(tries).map(v -> "arn:aws:ecr:us-east-1:123456789012:repository/" + v),
            Gens.optional(requestValues(tries), 0.5),
            Gens.optional(requestValues(tries), 0.5),
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
