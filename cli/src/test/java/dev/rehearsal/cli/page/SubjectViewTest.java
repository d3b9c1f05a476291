package dev.rehearsal.cli.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs.github.com, "OpenID Connect reference", "Example subject claims" and customisation. */
class SubjectViewTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode DEFAULT_REPOSITORY = json("{\"use_default\":true}");
  private static final JsonNode NO_ORGANISATION = json("{\"include_claim_keys\":[]}");

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JsonNode claims(String event, String ref, String environment) {
    var claims = JSON.createObjectNode();
    claims.put("repository", "acme/app").put("event_name", event).put("ref", ref);
    if (!environment.isEmpty()) {
      claims.put("environment", environment);
    }
    return claims;
  }

  @ParameterizedTest(name = "{0} {1} env ''{2}'' → {3}")
  @CsvSource({
    "push,         refs/heads/main,   '',    ref,          ref:refs/heads/main",
    "push,         refs/tags/v1,      '',    ref,          ref:refs/tags/v1",
    "pull_request, refs/pull/7/merge, '',    pull_request, pull_request",
    "pull_request, refs/pull/7/merge, prod,  environment,  environment:prod",
    "push,         refs/heads/main,   'a:b', environment,  environment:a%3Ab",
  })
  void explain_defaultForm_byGitHubsPrecedence(
      String event, String ref, String environment, String form, String context) {
    JsonNode explained =
        SubjectView.explain(claims(event, ref, environment), DEFAULT_REPOSITORY, NO_ORGANISATION);

    assertThat(explained.path("form").asText()).isEqualTo(form);
    assertThat(explained.path("parts").get(0).path("text").asText()).isEqualTo("repo:acme/app");
    assertThat(explained.path("parts").get(1).path("text").asText()).isEqualTo(context);
  }

  @ParameterizedTest(name = "repository {0}, organisation {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"use_default\":false,\"include_claim_keys\":[\"repo\",\"environment\"]}"
            + " | {\"include_claim_keys\":[]} | repo:acme/app,environment:prod",
        "{\"use_default\":false,\"include_claim_keys\":[]}"
            + " | {\"include_claim_keys\":[\"repository_owner\",\"context\"]}"
            + " | repository_owner:acme,environment:prod",
      })
  void explain_customTemplate_partsFromItsKeys(
      String repository, String organisation, String parts) {
    var claims = (com.fasterxml.jackson.databind.node.ObjectNode) claims("push", "main", "prod");
    claims.put("repository_owner", "acme");

    JsonNode explained = SubjectView.explain(claims, json(repository), json(organisation));

    assertThat(explained.path("form").asText()).isEqualTo("custom");
    assertThat(explained.path("parts").findValuesAsText("text")).containsExactly(parts.split(","));
  }
}
