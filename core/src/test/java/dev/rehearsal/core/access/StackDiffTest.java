package dev.rehearsal.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed template against a version whose sub names one repository and branch (issue 5). */
class StackDiffTest {
  private static String seedText() throws IOException {
    try (InputStream in =
        StackDiffTest.class.getResourceAsStream(
            "/cloudformation/define_github_oidc_with_iam_role.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ResolvedStack resolve(String text) {
    return Template.parse(text)
        .resolve(
            StackSettings.of("seed", "us-east-1", "123456789012", Map.of("GitHubOrg", "acme")));
  }

  @Test
  void sameTemplate_hasNoDifference() throws IOException {
    StackDiff diff =
        StackDiff.between(resolve(seedText()), resolve(seedText()), "123456789012", "us-east-1");

    assertThat(diff.changed()).isFalse();
    assertThat(diff.exact()).isTrue();
  }

  @Test
  void tightenedSub_losesPullRequestsAndOtherRepositories_gainsNothing() throws IOException {
    String tightened =
        seedText()
            .replace(
                "!Sub 'repo:${GitHubOrg}/*'", "!Sub 'repo:${GitHubOrg}/app:ref:refs/heads/main'");

    StackDiff diff =
        StackDiff.between(resolve(seedText()), resolve(tightened), "123456789012", "us-east-1");

    assertThat(diff.widens()).isFalse();
    AccessDiff trust = diff.roles().get(0).trust();
    assertThat(trust.lost())
        .flatExtracting(AccessChange::witnesses)
        .extracting(AccessWitness::describe)
        .anySatisfy(w -> assertThat(w).contains("repo:acme/app:pull_request"));
    StackDiff back =
        StackDiff.between(resolve(tightened), resolve(seedText()), "123456789012", "us-east-1");
    assertThat(back.widens()).isTrue();
  }

  @Test
  void addedClientId_widensWhoGetsIn() throws IOException {
    String more =
        seedText()
            .replace(
                "- sts.amazonaws.com", "- sts.amazonaws.com\n        - https://github.com/acme");

    StackDiff diff =
        StackDiff.between(resolve(seedText()), resolve(more), "123456789012", "us-east-1");

    assertThat(diff.providerChanges())
        .containsExactly(
            "provider token.actions.githubusercontent.com: audience 'https://github.com/acme' now accepted");
    assertThat(diff.widens()).isTrue();
  }
}
