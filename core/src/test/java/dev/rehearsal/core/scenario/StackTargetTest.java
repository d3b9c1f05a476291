package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed template, resolved, is the same target as the seed documents written by hand. */
class StackTargetTest {
  private static ResolvedStack seedStack() throws IOException {
    try (InputStream in =
        StackTargetTest.class.getResourceAsStream(
            "/cloudformation/define_github_oidc_with_iam_role.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Template.parse(text)
          .resolve(
              StackSettings.of("seed", "us-east-1", "123456789012", Map.of("GitHubOrg", "acme")));
    }
  }

  @Test
  void seedTemplate_givesTheProviderTheRoleAndItsAttachedPolicy() throws IOException {
    Target target = StackTarget.of(seedStack(), "123456789012", "us-east-1");

    assertThat(target.providers())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.arn())
                    .isEqualTo(
                        "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"));
    Target.Role role = target.role("GithubOIDCIAMRole").orElseThrow();
    assertThat(target.role("Role")).contains(role);
    assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/GithubOIDCIAMRole");
    assertThat(role.permissionPolicies()).hasSize(1);
  }

  @Test
  void seedTemplate_pullRequestOfTheOrgMayPush() throws IOException {
    ScenarioRunner runner =
        new ScenarioRunner(StackTarget.of(seedStack(), "123456789012", "us-east-1"));
    Scenario pullRequest =
        ScenarioFile.parse(
                "s.yaml",
                """
                scenarios:
                  - name: a pull request pushes
                    role: Role
                    run: {repository: acme/app, ref: refs/pull/3/merge, event: pull_request}
                    expect:
                      assume: allow
                      ecr: [{action: ecr:PutImage, repository: test-service, expect: allow}]
                """)
            .get(0);

    ScenarioResult result = runner.run(pullRequest, Instant.parse("2026-11-25T12:00:00Z"));

    assertThat(result.passed()).as(String.join("\n", result.mismatches())).isTrue();
  }
}
