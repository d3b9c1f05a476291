package dev.rehearsal.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.source.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed template's findings, each placed on the line the template wrote it. */
class StackLintTest {
  private static List<StackLint.LocatedFinding> lintSeed() throws IOException {
    try (InputStream in =
        StackLintTest.class.getResourceAsStream(
            "/cloudformation/define_github_oidc_with_iam_role.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return StackLint.lint(
          Template.parse(text)
              .resolve(
                  StackSettings.of(
                      "seed", "us-east-1", "123456789012", Map.of("GitHubOrg", "acme"))));
    }
  }

  private static StackLint.LocatedFinding only(
      List<StackLint.LocatedFinding> findings, LintRule rule) {
    return findings.stream().filter(f -> f.finding().rule() == rule).findFirst().orElseThrow();
  }

  @Test
  void seedTemplate_orgWideWildcard_isOnTheSubConditionLine() throws IOException {
    StackLint.LocatedFinding wildcard = only(lintSeed(), LintRule.GHOIDC003);

    assertThat(wildcard.logicalId()).isEqualTo("Role");
    // Line 38 of the seed template: 'token.actions.githubusercontent.com:sub': !Sub 'repo:...'
    assertThat(wildcard.location()).map(Location::line).contains(38);
  }

  @Test
  void seedTemplate_pullRequestsCanPush_andThumbprintIsIgnored() throws IOException {
    List<StackLint.LocatedFinding> findings = lintSeed();

    assertThat(findings)
        .extracting(f -> f.finding().rule())
        .contains(LintRule.GHOIDC008, LintRule.GHOIDC009, LintRule.GHOIDC011);
    StackLint.LocatedFinding thumbprint = only(findings, LintRule.GHOIDC009);
    assertThat(thumbprint.logicalId()).isEqualTo("GithubOidc");
    assertThat(thumbprint.location()).map(Location::line).contains(22);
    StackLint.LocatedFinding push = only(findings, LintRule.GHOIDC011);
    assertThat(push.logicalId()).isEqualTo("Policy");
    assertThat(push.location()).isPresent();
  }
}
