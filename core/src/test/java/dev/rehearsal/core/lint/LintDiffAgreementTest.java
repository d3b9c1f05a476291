package dev.rehearsal.core.lint;

import static dev.rehearsal.core.lint.LinterTest.SUB;
import static dev.rehearsal.core.lint.LinterTest.condition;
import static dev.rehearsal.core.lint.LinterTest.trust;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.access.AccessChange;
import dev.rehearsal.core.access.AccessDiff;
import dev.rehearsal.core.access.AccessWitness;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code lint} and {@code diff} run on the same change say the same thing: what lint flags on the
 * new trust policy is what the diff finds gained, and a value lint says no real token matches is a
 * change the diff finds in no real token.
 */
class LintDiffAgreementTest {
  private static final String MAIN = "\"repo:acme/app:ref:refs/heads/main\"";

  static Stream<Arguments> changes() {
    return Stream.of(
        // GHOIDC006: a * under StringEquals matches no real value; no repository name holds one.
        Arguments.of(
            "StringEquals",
            MAIN,
            "StringEquals",
            "[" + MAIN + ", \"repo:acme/app*:ref:refs/heads/main\"]",
            "GHOIDC006",
            null),
        Arguments.of(
            "StringEquals",
            MAIN,
            "StringEquals",
            "[" + MAIN + ", \"repo:acme/*:ref:refs/heads/main\"]",
            "GHOIDC006",
            null),
        // GHOIDC003: every repository of the organisation; the diff gains another repository.
        Arguments.of(
            "StringLike",
            "\"repo:acme/app:*\"",
            "StringLike",
            "\"repo:acme/*\"",
            "GHOIDC003",
            "acme/"),
        // GHOIDC002: any organisation; the diff gains a subject of another organisation ("").
        Arguments.of(
            "StringLike", "\"repo:acme/app:*\"", "StringLike", "\"repo:*\"", "GHOIDC002", ""),
        Arguments.of(
            "StringLike",
            "\"repo:acme/app:*\"",
            "StringLike",
            "\"repo:*/app:*\"",
            "GHOIDC002",
            ""));
  }

  @ParameterizedTest(name = "{0} {1} -> {2} {3}: {4}")
  @MethodSource("changes")
  void lintAndDiff_onTheSameChange_agree(
      String oldOperator,
      String oldValues,
      String newOperator,
      String newValues,
      String rule,
      String gainedPrefix) {
    PolicyDocument before = policy(oldOperator, oldValues);
    PolicyDocument after = policy(newOperator, newValues);

    List<String> oldRules = rules(before);
    List<String> newRules = rules(after);
    AccessDiff diff = AccessDiff.ofTrustPolicies(before, after);

    assertThat(oldRules).doesNotContain(rule);
    assertThat(newRules).contains(rule);
    assertThat(diff.exact()).isTrue();
    if (gainedPrefix == null) {
      // Lint: the new value matches no real token. Diff: no real token gains.
      assertThat(diff.widens()).as(diff.describe()).isFalse();
      assertThat(diff.isEmpty()).as(diff.describe()).isTrue();
      assertThat(diff.onlyImpossibleSubjects()).isTrue();
      assertThat(diff.describe()).contains(AccessDiff.IMPOSSIBLE_ONLY);
    } else {
      assertThat(diff.widens()).as(diff.describe()).isTrue();
      List<String> gained = new ArrayList<>();
      for (AccessChange change : diff.gained()) {
        for (AccessWitness witness : change.witnesses()) {
          gained.add(witness.keys().getOrDefault(SUB, Optional.empty()).orElseThrow());
        }
      }
      assertThat(gained)
          .as(diff.describe())
          .allSatisfy(
              sub ->
                  assertThat(sub)
                      .startsWith("repo:" + gainedPrefix)
                      .doesNotContain("*", "?")
                      .doesNotStartWith("repo:acme/app:"));
      if (gainedPrefix.isEmpty()) {
        // Another organisation among the witnesses, as lint's finding says.
        assertThat(gained)
            .as(diff.describe())
            .anySatisfy(sub -> assertThat(sub).doesNotStartWith("repo:acme/"));
      }
    }
  }

  private static PolicyDocument policy(String operator, String values) {
    String condition =
        operator.equals("StringEquals")
            ? "{\"StringEquals\": {\"%s\": %s, \"%s\": \"sts.amazonaws.com\"}}"
                .formatted(SUB, values, LinterTest.AUD)
            : condition(operator, SUB, values);
    return PolicyParser.parse(trust(condition), PolicyKind.TRUST);
  }

  private static List<String> rules(PolicyDocument trustPolicy) {
    LintInput input =
        new LintInput(
            List.of(
                new LintRole(
                    "r", LintPolicy.of("AssumeRolePolicyDocument", trustPolicy), List.of())),
            List.of());
    return Linter.lint(input).stream().map(Finding::ruleId).toList();
  }
}
