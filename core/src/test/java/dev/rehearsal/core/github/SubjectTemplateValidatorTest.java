package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statuses and messages as GitHub's server-side template helper answers them (400, exception
 * message as the response's {@code message}).
 */
class SubjectTemplateValidatorTest {
  private static final String DOCS = SubjectTemplateValidator.REPOSITORY_DOCUMENTATION;

  static Stream<Arguments> rejectedTemplates() {
    return Stream.of(
        rejected(List.of(), "Expected a string array of claim keys, got an empty array"),
        rejected(List.of("repo", "repo"), "The template has one or more duplicate claim keys"),
        rejected(List.of("repo", "REPO"), "The template has one or more duplicate claim keys"),
        rejected(List.of("repo", "sha"), "The template has one or more unsupported claim keys."),
        rejected(List.of("Repo"), "The template has one or more unsupported claim keys."),
        rejected(List.of("repo", " "), "The template has one or more unsupported claim keys."),
        rejected(
            Collections.nCopies(1, "x".repeat(600)),
            "The template is too large, the maximum size is 512 characters"));
  }

  private static Arguments rejected(List<String> keys, String message) {
    return Arguments.of(keys, message);
  }

  @ParameterizedTest
  @MethodSource("rejectedTemplates")
  void validateClaimKeys_whenGitHubRefuses_answers400WithGitHubsMessage(
      List<String> keys, String message) {
    assertThatThrownBy(() -> SubjectTemplateValidator.validateClaimKeys(keys, DOCS))
        .isInstanceOfSatisfying(
            GitHubValidationException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.getMessage()).isEqualTo(message);
              assertThat(e.documentationUrl()).contains(DOCS);
            });
  }

  @Test
  void validateClaimKeys_checksDuplicatesBeforeSizeAndSupport_asGitHubOrdersThem() {
    List<String> keys = List.of("nope", "NOPE", "x".repeat(600));

    assertThatThrownBy(() -> SubjectTemplateValidator.validateClaimKeys(keys, DOCS))
        .hasMessage("The template has one or more duplicate claim keys");
  }

  @Test
  void validateClaimKeys_whenDuplicateOnlyAfterStripping_acceptsIt_asGitHubChecksBeforeStripping() {
    assertThat(SubjectTemplateValidator.validateClaimKeys(List.of("ref", " ref"), DOCS))
        .containsExactly("ref", "ref");
  }

  @Test
  void validateClaimKeys_whenNullKey_answers422LikeTheSchemaCheck() {
    List<String> keys = Arrays.asList("repo", null);

    assertThatThrownBy(() -> SubjectTemplateValidator.validateClaimKeys(keys, DOCS))
        .isInstanceOfSatisfying(
            GitHubValidationException.class, e -> assertThat(e.httpStatus()).isEqualTo(422));
  }

  @Test
  void validateClaimKeys_stripsKeys_asGitHubStoresThem() {
    assertThat(SubjectTemplateValidator.validateClaimKeys(List.of(" repo", "context "), DOCS))
        .containsExactly("repo", "context");
  }

  @Test
  void validateClaimKeys_acceptsEveryGitHubDocsExampleTemplate() {
    List<List<String>> examples =
        List.of(
            List.of("repository_owner", "repository_visibility"),
            List.of("repository_owner"),
            List.of("job_workflow_ref"),
            List.of("repo", "context", "job_workflow_ref"),
            List.of("repo"),
            List.of("repository_id"),
            List.of("repository_owner_id"),
            List.of("environment", "repository_owner"),
            List.of("repo", "context"));

    examples.forEach(
        keys -> assertThat(SubjectTemplateValidator.validateClaimKeys(keys, DOCS)).isEqualTo(keys));
  }

  @Test
  void custom_whenUnsupportedKey_refusesWithRepositoryDocumentation() {
    assertThatThrownBy(() -> SubjectTemplate.custom("repo", "branch"))
        .isInstanceOfSatisfying(
            GitHubValidationException.class, e -> assertThat(e.documentationUrl()).contains(DOCS));
  }

  @Test
  void subjectTemplate_whenUseDefault_ignoresKeys_perRestApiReference() {
    assertThat(new SubjectTemplate(true, List.of("repo")).includeClaimKeys()).isEmpty();
  }
}
