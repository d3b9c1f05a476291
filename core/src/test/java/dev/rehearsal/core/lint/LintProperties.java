package dev.rehearsal.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PrincipalElement;
import dev.rehearsal.core.policy.Statement;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

  @Property(tries = 100)
  void lint_anyValidPolicies_neverThrows(
      @ForAll("trust") PolicyDocument trust,
      @ForAll("permissions") PolicyDocument permissions,
      @ForAll List<@net.jqwik.api.constraints.StringLength(max = 40) String> thumbprints) {
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

  @Provide
  Arbitrary<PolicyDocument> trust() {
    Arbitrary<Optional<PrincipalElement>> principal =
        Arbitraries.of(
                PrincipalElement.of("Federated", LinterTest.PROVIDER),
                PrincipalElement.of(
                    "Federated",
                    "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com/acme"),
                PrincipalElement.anyone())
            .map(Optional::of);
    return statements(principal, Arbitraries.just(Optional.empty()));
  }

  @Provide
  Arbitrary<PolicyDocument> permissions() {
    Arbitrary<Optional<PatternElement>> resource =
        text().list().ofMinSize(1).ofMaxSize(2).map(r -> Optional.of(new PatternElement(false, r)));
    return statements(Arbitraries.just(Optional.empty()), resource);
  }

  private static Arbitrary<PolicyDocument> statements(
      Arbitrary<Optional<PrincipalElement>> principal,
      Arbitrary<Optional<PatternElement>> resource) {
    Arbitrary<PatternElement> action =
        Combinators.combine(Arbitraries.of(true, false), text().list().ofMinSize(1).ofMaxSize(2))
            .as(PatternElement::new);
    Arbitrary<Condition> condition =
        Combinators.combine(
                Arbitraries.of(OPERATORS),
                Arbitraries.of(
                    LinterTest.SUB,
                    LinterTest.AUD,
                    "token.actions.githubusercontent.com/acme:sub",
                    "x"),
                text().list().ofMaxSize(3))
            .as(
                (op, key, values) ->
                    new Condition(ConditionOperator.parse(op).orElseThrow(), key, values));
    Arbitrary<Statement> statement =
        Combinators.combine(
                Arbitraries.of(Effect.class),
                principal,
                action,
                resource,
                condition.list().ofMaxSize(3))
            .as((effect, p, a, r, c) -> new Statement(Optional.empty(), effect, p, a, r, c));
    return statement
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            s -> new PolicyDocument(Optional.of(PolicyDocument.VERSION_2012), Optional.empty(), s));
  }

  /** Any text, wildcards, colons, slashes and the odd non-ASCII character included. */
  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("repo:acme/*?ECRPutImage\u212A~").ofMaxLength(12),
        Arbitraries.strings().all().ofMaxLength(8),
        Arbitraries.of(
            "repo:*", "ecr:*", "*", "arn:aws:ecr:*:*:repository/*", "sts.amazonaws.com"));
  }
}
