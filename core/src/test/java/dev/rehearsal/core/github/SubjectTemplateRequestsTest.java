package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubjectTemplateRequestsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode body(String json) {
    try {
      return JSON.readTree(json.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  @Test
  void repository_withKeys_storesThem_perRestApiRequestExample() {
    SubjectTemplate template =
        SubjectTemplateRequests.repository(
            body("{'use_default': false, 'include_claim_keys': ['repo', 'context']}"));

    assertThat(template).isEqualTo(new SubjectTemplate(false, List.of("repo", "context")));
  }

  @Test
  void repository_useDefaultFalseWithoutKeys_optsInToTheOrganizationTemplate_perGitHubDocs() {
    assertThat(SubjectTemplateRequests.repository(body("{'use_default': false}")))
        .isEqualTo(new SubjectTemplate(false, List.of()));
    assertThat(
            SubjectTemplateRequests.repository(
                body("{'use_default': false, 'include_claim_keys': []}")))
        .isEqualTo(new SubjectTemplate(false, List.of()));
  }

  @Test
  void repository_useDefaultTrue_ignoresEvenInvalidKeys_perRestApiReference() {
    assertThat(
            SubjectTemplateRequests.repository(
                body("{'use_default': true, 'include_claim_keys': ['nope', 'nope']}")))
        .isEqualTo(SubjectTemplate.githubDefault());
  }

  static Stream<Arguments> refusedRepositoryBodies() {
    return Stream.of(
        Arguments.of("{}", 422, "Invalid request.\n\n\"use_default\" wasn't supplied."),
        Arguments.of(
            "{'use_default': 'yes'}",
            422,
            "Invalid request.\n\nFor 'properties/use_default', \"yes\" is not a boolean."),
        Arguments.of(
            "{'use_default': false, 'include_claim_keys': 'repo'}",
            422,
            "Invalid request.\n\nFor 'properties/include_claim_keys', \"repo\" is not an array."),
        Arguments.of(
            "{'use_default': false, 'include_claim_keys': [1]}",
            422,
            "Invalid request.\n\nFor 'items', 1 is not a string."),
        Arguments.of(
            "{'use_default': false, 'include_claim_keys': ['ref', 'sha']}",
            400,
            "The template has one or more unsupported claim keys."),
        Arguments.of("[]", 400, "Problems parsing JSON"));
  }

  @ParameterizedTest
  @MethodSource("refusedRepositoryBodies")
  void repository_whenRefused_answersGitHubsStatusAndMessage(
      String json, int status, String message) {
    assertThatThrownBy(() -> SubjectTemplateRequests.repository(body(json)))
        .isInstanceOfSatisfying(
            GitHubValidationException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(status);
              assertThat(e.getMessage()).isEqualTo(message);
              assertThat(e.documentationUrl())
                  .contains(SubjectTemplateValidator.REPOSITORY_DOCUMENTATION);
            });
  }

  static Stream<Arguments> refusedOrganizationBodies() {
    return Stream.of(
        Arguments.of("{}", 422, "Invalid request.\n\n\"include_claim_keys\" wasn't supplied."),
        Arguments.of(
            "{'include_claim_keys': []}",
            400,
            "Expected a string array of claim keys, got an empty array"),
        Arguments.of(
            "{'include_claim_keys': ['repo', 'Repo']}",
            400,
            "The template has one or more duplicate claim keys"));
  }

  @ParameterizedTest
  @MethodSource("refusedOrganizationBodies")
  void organization_whenRefused_answersGitHubsStatusAndMessage(
      String json, int status, String message) {
    assertThatThrownBy(() -> SubjectTemplateRequests.organization(body(json)))
        .isInstanceOfSatisfying(
            GitHubValidationException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(status);
              assertThat(e.getMessage()).isEqualTo(message);
              assertThat(e.documentationUrl())
                  .contains(SubjectTemplateValidator.ORGANIZATION_DOCUMENTATION);
            });
  }

  @Test
  void organization_withKeys_returnsThem_perGitHubGetExample() {
    assertThat(
            SubjectTemplateRequests.organization(
                body("{'include_claim_keys': ['repo', 'context']}")))
        .containsExactly("repo", "context");
  }
}
