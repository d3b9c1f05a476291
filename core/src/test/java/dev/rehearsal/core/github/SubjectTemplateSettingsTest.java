package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The precedence table of docs.github.com, "OpenID Connect reference". */
class SubjectTemplateSettingsTest {
  private static final List<String> ORG = List.of("repository_owner");
  private static final List<String> REPO = List.of("repo", "ref");

  static Stream<Arguments> precedence() {
    return Stream.of(
        row("neither level configured", null, null, SubjectTemplate.githubDefault()),
        row(
            "organization template without repository opt-in",
            null,
            ORG,
            SubjectTemplate.githubDefault()),
        row(
            "repository use_default true",
            new SubjectTemplate(true, List.of()),
            ORG,
            SubjectTemplate.githubDefault()),
        row(
            "repository keys win over organization",
            new SubjectTemplate(false, REPO),
            ORG,
            new SubjectTemplate(false, REPO)),
        row(
            "repository opted in without keys",
            new SubjectTemplate(false, List.of()),
            ORG,
            new SubjectTemplate(false, ORG)),
        row(
            "repository opted in but no organization template",
            new SubjectTemplate(false, List.of()),
            null,
            SubjectTemplate.githubDefault()));
  }

  private static Arguments row(
      String name, SubjectTemplate repo, List<String> org, SubjectTemplate expected) {
    return Arguments.of(name, Optional.ofNullable(repo), Optional.ofNullable(org), expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("precedence")
  void effective_followsGitHubsRepositoryThenOrganizationPrecedence(
      String name,
      Optional<SubjectTemplate> repo,
      Optional<List<String>> org,
      SubjectTemplate expected) {
    assertThat(new SubjectTemplateSettings(repo, org).effective()).isEqualTo(expected);
  }
}
