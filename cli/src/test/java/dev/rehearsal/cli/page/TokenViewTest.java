package dev.rehearsal.cli.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which claims feed a trust policy's condition keys (IAM User Guide, "Available keys for AWS OIDC
 * federation"; for GitHub's issuer also its own claims since January 2026: facts.md).
 */
class TokenViewTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "sub,              token.actions.githubusercontent.com:sub",
    "aud,              token.actions.githubusercontent.com:aud",
    "repository,       token.actions.githubusercontent.com:repository",
    "job_workflow_ref, token.actions.githubusercontent.com:job_workflow_ref",
    "environment,      token.actions.githubusercontent.com:environment",
    "event_name,       ''",
    "head_ref,         ''",
    "iss,              ''",
  })
  void annotated_namesTheConditionKeyEachClaimFeeds(String claim, String key) {
    JsonNode annotated = TokenView.annotated(JSON.createObjectNode().put(claim, "x")).get(0);

    assertThat(annotated.path("name").asText()).isEqualTo(claim);
    assertThat(annotated.path("conditionKey").asText("")).isEqualTo(key);
    assertThat(annotated.path("meaning").asText()).isNotBlank();
  }
}
