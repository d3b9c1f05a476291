package dev.rehearsal.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import dev.rehearsal.core.policy.SeedPolicies;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LinterTest {
  static final String PROVIDER =
      "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
  static final String SUB = "token.actions.githubusercontent.com:sub";
  static final String AUD = "token.actions.githubusercontent.com:aud";
  static final String GOOD_CONDITION =
      "{\"StringEquals\": {\"%s\": \"repo:acme/app:ref:refs/heads/main\", \"%s\": \"sts.amazonaws.com\"}}"
          .formatted(SUB, AUD);
  static final String PULL_ONLY =
      """
      {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["ecr:GetAuthorizationToken"], "Resource": "*"},
        {"Effect": "Allow", "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
         "Resource": "arn:aws:ecr:us-east-1:123456789012:repository/app"}]}
      """;
  static final String PUSH_ONE_REPOSITORY =
      """
      {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["ecr:PutImage", "ecr:InitiateLayerUpload"],
         "Resource": "arn:aws:ecr:us-east-1:123456789012:repository/app"}]}
      """;

  static String trust(String condition) {
    return """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Action": "sts:AssumeRoleWithWebIdentity",
          "Principal": {"Federated": "%s"}%s}]}
        """
        .formatted(PROVIDER, condition == null ? "" : ", \"Condition\": " + condition);
  }

  static String condition(String operator, String key, String values) {
    return "{\"%s\": {\"%s\": %s}, \"StringEquals\": {\"%s\": \"sts.amazonaws.com\"}}"
        .formatted(operator, key, values, AUD);
  }

  static Stream<Arguments> trustPolicies() {
    return Stream.of(
        Arguments.of("no condition", trust(null), List.of("GHOIDC001", "GHOIDC004")),
        Arguments.of(
            "star sub",
            trust(condition("StringLike", SUB, "\"*\"")),
            List.of("GHOIDC001", "GHOIDC002", "GHOIDC012", "GHOIDC013")),
        Arguments.of(
            "any organisation",
            trust(condition("StringLike", SUB, "\"repo:*\"")),
            List.of("GHOIDC002", "GHOIDC012", "GHOIDC013")),
        Arguments.of(
            "any organisation, named repo",
            trust(condition("StringLike", SUB, "\"repo:*/app:*\"")),
            List.of("GHOIDC002", "GHOIDC013")),
        Arguments.of(
            "whole organisation",
            trust(condition("StringLike", SUB, "\"repo:acme/*\"")),
            List.of("GHOIDC003", "GHOIDC013")),
        Arguments.of(
            "one repository, any ref",
            trust(condition("StringLike", SUB, "\"repo:acme/app:*\"")),
            List.of("GHOIDC013")),
        Arguments.of(
            "second value checked too (Checkov reads only the first)",
            trust(
                condition(
                    "StringLike",
                    SUB,
                    "[\"repo:acme/app:ref:refs/heads/main\", \"*:environment:prod\"]")),
            List.of("GHOIDC002", "GHOIDC012", "GHOIDC013")),
        Arguments.of("pinned repository and branch", trust(GOOD_CONDITION), List.of()),
        Arguments.of(
            "no audience",
            trust(
                "{\"StringEquals\": {\"%s\": \"repo:acme/app:ref:refs/heads/main\"}}"
                    .formatted(SUB)),
            List.of("GHOIDC004")),
        Arguments.of(
            "other audience",
            trust(
                "{\"StringEquals\": {\"%s\": \"repo:acme/app:ref:refs/heads/main\", \"%s\": \"https://github.com/acme\"}}"
                    .formatted(SUB, AUD)),
            List.of("GHOIDC005")),
        Arguments.of(
            "wildcard under StringEquals",
            trust(
                "{\"StringEquals\": {\"%s\": \"repo:acme/*\", \"%s\": \"sts.amazonaws.com\"}}"
                    .formatted(SUB, AUD)),
            List.of("GHOIDC006")),
        Arguments.of(
            "ForAllValues under Allow",
            trust(
                "{\"StringEquals\": {\"%s\": \"repo:acme/app:ref:refs/heads/main\"}, \"ForAllValues:StringEquals\": {\"%s\": \"sts.amazonaws.com\"}}"
                    .formatted(SUB, AUD)),
            List.of("GHOIDC007")),
        Arguments.of(
            "key names ignore case",
            trust(
                condition(
                    "StringLike", "Token.Actions.GitHubUserContent.com:SUB", "\"repo:acme/*\"")),
            List.of("GHOIDC003", "GHOIDC013")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trustPolicies")
  void lint_trustPolicy_findsExactlyTheExpectedRules(
      String name, String trust, List<String> expected) {
    List<Finding> findings = Linter.lint(role(trust, PULL_ONLY));

    assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrderElementsOf(expected);
  }

  static Stream<Arguments> permissionPolicies() {
    return Stream.of(
        Arguments.of(
            "seed: push on repository/*", SeedPolicies.PERMISSION_POLICY, List.of("GHOIDC011")),
        Arguments.of("pull only", PULL_ONLY, List.of()),
        Arguments.of("push to one repository", PUSH_ONE_REPOSITORY, List.of()),
        Arguments.of(
            "ecr:* on one repository",
            PUSH_ONE_REPOSITORY.replace(
                "[\"ecr:PutImage\", \"ecr:InitiateLayerUpload\"]", "\"ecr:*\""),
            List.of("GHOIDC010")),
        Arguments.of(
            "NotAction wider than ecr:*",
            PULL_ONLY.replace(
                "\"Action\": [\"ecr:GetAuthorizationToken\"]", "\"NotAction\": \"s3:*\""),
            List.of("GHOIDC010", "GHOIDC011")),
        Arguments.of(
            "push on every repository of any region",
            PUSH_ONE_REPOSITORY.replace(
                "us-east-1:123456789012:repository/app", "*:123456789012:repository/*"),
            List.of("GHOIDC011")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("permissionPolicies")
  void lint_permissionPolicy_findsExactlyTheExpectedRules(
      String name, String permission, List<String> expected) {
    List<Finding> findings = Linter.lint(role(trust(GOOD_CONDITION), permission));

    assertThat(findings).extracting(Finding::ruleId).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void lint_seedStack_findsOrganisationWildcardAndPullRequestsThatPush() {
    LintInput seed =
        new LintInput(
            List.of(seedRole()),
            List.of(
                new LintProvider(
                    "GithubOidc",
                    "https://token.actions.githubusercontent.com",
                    List.of("sts.amazonaws.com"),
                    List.of("6938fd4d98bab03faadb97b34396831e3780aea1"))));

    List<Finding> findings = Linter.lint(seed);

    assertThat(findings)
        .extracting(Finding::ruleId)
        .contains("GHOIDC003", "GHOIDC008", "GHOIDC009", "GHOIDC011", "GHOIDC004");
    Finding pullRequests =
        findings.stream().filter(f -> f.ruleId().equals("GHOIDC008")).findFirst().orElseThrow();
    assertThat(pullRequests.severity()).isEqualTo(Severity.ERROR);
    assertThat(pullRequests.pointer())
        .isEqualTo("/Statement/0/Condition/StringLike/token.actions.githubusercontent.com:sub");
    assertThat(pullRequests.message())
        .contains(
            "repo:acme/", ":pull_request", " on arn:aws:ecr:us-east-1:123456789012:repository/");
  }

  @Test
  void lint_pullRequestsWithoutPush_isNotGhoidc008() {
    List<Finding> findings = Linter.lint(role(SeedPolicies.TRUST_POLICY, PULL_ONLY));

    assertThat(findings).extracting(Finding::ruleId).doesNotContain("GHOIDC008");
  }

  @Test
  void lint_pushWithoutPullRequests_isNotGhoidc008() {
    String noPullRequests = trust(condition("StringLike", SUB, "\"repo:acme/*:ref:refs/heads/*\""));

    List<Finding> findings = Linter.lint(role(noPullRequests, SeedPolicies.PERMISSION_POLICY));

    assertThat(findings).extracting(Finding::ruleId).doesNotContain("GHOIDC008");
  }

  @Test
  void lint_providerWithoutThumbprints_isClean() {
    LintProvider provider =
        new LintProvider(
            "GithubOidc",
            "https://token.actions.githubusercontent.com",
            List.of("sts.amazonaws.com"),
            List.of());

    assertThat(Linter.lint(new LintInput(List.of(), List.of(provider)))).isEmpty();
  }

  @Test
  void lint_singleStatementAndSingleValue_pointsAtThemAsWritten() throws Exception {
    String written =
        """
        {"Statement": {"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity",
          "Principal": {"Federated": "%s"},
          "Condition": {"StringLike": {"%s": ["repo:acme/app:ref:refs/heads/main", "repo:*"]}}}}
        """
            .formatted(PROVIDER, SUB);
    var tree = new ObjectMapper().readTree(written);
    LintPolicy policy =
        new LintPolicy(
            "AssumeRolePolicyDocument",
            PolicyParser.parse(tree, PolicyKind.TRUST),
            Optional.of(tree));

    List<Finding> findings =
        Linter.lint(new LintInput(List.of(new LintRole("Role", policy, List.of())), List.of()));

    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("GHOIDC002"))
        .extracting(Finding::pointer)
        .containsExactly(
            "/Statement/Condition/StringLike/token.actions.githubusercontent.com:sub/1");
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("GHOIDC004"))
        .extracting(Finding::pointer)
        .containsExactly("/Statement");
  }

  static LintRole seedRole() {
    return new LintRole(
        "GitHubActionsRole",
        LintPolicy.of(
            "AssumeRolePolicyDocument",
            PolicyParser.parse(SeedPolicies.TRUST_POLICY, PolicyKind.TRUST)),
        List.of(
            LintPolicy.of(
                "AllowPushImagesToECR",
                PolicyParser.parse(SeedPolicies.PERMISSION_POLICY, PolicyKind.IDENTITY))));
  }

  static LintInput role(String trust, String permission) {
    return new LintInput(
        List.of(
            new LintRole(
                "Role",
                LintPolicy.of(
                    "AssumeRolePolicyDocument", PolicyParser.parse(trust, PolicyKind.TRUST)),
                List.of(
                    LintPolicy.of(
                        "Permissions", PolicyParser.parse(permission, PolicyKind.IDENTITY))))),
        List.of());
  }
}
