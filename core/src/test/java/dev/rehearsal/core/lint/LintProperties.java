package dev.rehearsal.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PrincipalElement;
import dev.rehearsal.core.policy.Statement;
import dev.rehearsal.core.property.Gens;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Lint answers every valid policy with findings, never an exception. */
class LintProperties {
  private static final List<String> OPERATORS =
      List.of(
          "StringLike",
          "StringEquals",
          "StringNotLike",
          "StringEqualsIgnoreCase",
          "ForAllValues:StringLike",
          "ForAnyValue:StringEqualsIfExists",
          "NumericLessThan",
          "Bool",
          "Null",
          "ArnLike");

  private static final int TRIES = 100;

  @Test
  void lint_anyValidPolicies_neverThrows() {
    qt().withExamples(TRIES)
        .forAll(
            trust(),
            permissions(),
            Gens.lists(Gens.strings(Gens.anyChar(), 0, 40, TRIES), 0, 255, TRIES))
        .checkAssert(LintProperties::lintsWithoutThrowing);
  }

  private static void lintsWithoutThrowing(
      PolicyDocument trust, PolicyDocument permissions, List<String> thumbprints) {
    LintInput input =
        new LintInput(
            List.of(
                new LintRole(
                    "Role",
                    LintPolicy.of("AssumeRolePolicyDocument", trust),
                    List.of(LintPolicy.of("Permissions", permissions)))),
            List.of(
                new LintProvider(
                    "GithubOidc",
                    "https://token.actions.githubusercontent.com",
                    List.of(),
                    thumbprints)));

    List<Finding> findings = Linter.lint(input);

    assertThat(findings).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    assertThat(findings).allSatisfy(f -> assertThat(f.pointer()).startsWith("/"));
  }

  private static Gen<PolicyDocument> trust() {
    Gen<Optional<PrincipalElement>> principal =
        Gens.of(
                PrincipalElement.of("Federated", LinterTest.PROVIDER),
                PrincipalElement.of(
                    "Federated",
                    "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com/acme"),
                PrincipalElement.anyone())
            .map(Optional::of);
    return statements(principal, Generate.constant(Optional.empty()));
  }

  private static Gen<PolicyDocument> permissions() {
    Gen<Optional<PatternElement>> resource =
        Gens.lists(text(), 1, 2, TRIES).map(r -> Optional.of(new PatternElement(false, r)));
    return statements(Generate.constant(Optional.empty()), resource);
  }

  private static Gen<PolicyDocument> statements(
      Gen<Optional<PrincipalElement>> principal, Gen<Optional<PatternElement>> resource) {
    Gen<PatternElement> action =
        Gens.of(true, false).zip(Gens.lists(text(), 1, 2, TRIES), PatternElement::new);
    Gen<Condition> condition =
        Gens.of(OPERATORS)
            .zip(
                Gens.of(
                    LinterTest.SUB,
                    LinterTest.AUD,
                    "token.actions.githubusercontent.com/acme:sub",
                    "x"),
                Gens.lists(text(), 0, 3, TRIES),
                (op, key, values) ->
                    new Condition(ConditionOperator.parse(op).orElseThrow(), key, values));
    Gen<Statement> statement =
        Gens.of(Effect.values())
            .zip(
                principal,
                action,
                resource,
                Gens.lists(condition, 0, 3, TRIES),
                (effect, p, a, r, c) -> new Statement(Optional.empty(), effect, p, a, r, c));
    return Gens.lists(statement, 1, 3, TRIES)
        .map(
            s -> new PolicyDocument(Optional.of(PolicyDocument.VERSION_2012), Optional.empty(), s));
  }

  /** Any text, wildcards, colons, slashes and the odd non-ASCII character included. */
  private static Gen<String> text() {
    return Gens.oneOf(
        Gens.strings(Gens.chars("repo:acme/*?ECRPutImage\u212A~"), 0, 12, TRIES),
        Gens.strings(Gens.allChars(), 0, 8, TRIES),
        Gens.of("repo:*", "ecr:*", "*", "arn:aws:ecr:*:*:repository/*", "sts.amazonaws.com"));
  }
}
