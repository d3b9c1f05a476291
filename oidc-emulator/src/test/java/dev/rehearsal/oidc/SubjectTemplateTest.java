package dev.rehearsal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * GitHub's subject customization endpoints; statuses and messages are core's ({@code
 * SubjectTemplateRequests}, after GitHub's OpenAPI schema and template helper).
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class SubjectTemplateTest {
  final Emulator emulator = Emulator.underTest();

  @Test
  void putRepositoryTemplate_answers201_andTokensFollowIt() {
    HttpResponse<String> put =
        emulator.admin(
            "PUT",
            "/repos/sub-org/custom-repo/actions/oidc/customization/sub",
            "{\"use_default\": false, \"include_claim_keys\": [\"repo\", \"context\","
                + " \"job_workflow_ref\"]}");
    HttpResponse<String> get =
        emulator.admin("GET", "/repos/sub-org/custom-repo/actions/oidc/customization/sub", null);
    String jwt =
        emulator.mint("{\"repository\": \"sub-org/custom-repo\", \"environment\": \"prod\"}");

    assertThat(put.statusCode()).isEqualTo(201);
    assertThat(put.body()).isEqualTo("{}");
    assertThat(get.body())
        .isEqualTo(
            "{\"use_default\":false,\"include_claim_keys\":[\"repo\",\"context\",\"job_workflow_ref\"]}");
    assertThat(emulator.verify(jwt))
        .containsEntry(
            "sub",
            "repo:sub-org/custom-repo:environment:prod:job_workflow_ref:"
                + "sub-org/custom-repo/.github/workflows/deploy.yml@refs/heads/main");
  }

  @Test
  void organizationTemplate_appliesOnlyToRepositoriesThatOptIn() {
    // docs.github.com, "OpenID Connect reference": an organization template affects a repository
    // only once it opts in with use_default: false and no keys of its own.
    HttpResponse<String> org =
        emulator.admin(
            "PUT",
            "/orgs/opt-org/actions/oidc/customization/sub",
            "{\"include_claim_keys\": [\"repository_owner\", \"context\"]}");
    emulator.admin(
        "PUT", "/repos/opt-org/joined/actions/oidc/customization/sub", "{\"use_default\": false}");

    String joined = emulator.mint("{\"repository\": \"opt-org/joined\"}");
    String other = emulator.mint("{\"repository\": \"opt-org/other\"}");

    assertThat(org.statusCode()).isEqualTo(201);
    assertThat(emulator.verify(joined))
        .containsEntry("sub", "repository_owner:opt-org:ref:refs/heads/main");
    assertThat(emulator.verify(other))
        .containsEntry("sub", "repo:opt-org/other:ref:refs/heads/main");
    assertThat(emulator.admin("GET", "/orgs/opt-org/actions/oidc/customization/sub", null).body())
        .isEqualTo("{\"include_claim_keys\":[\"repository_owner\",\"context\"]}");
  }

  @Test
  void putRepositoryTemplate_withBadBodies_answersGitHubsErrors_andKeepsTheStoredTemplate() {
    String path = "/repos/sub-org/guarded/actions/oidc/customization/sub";
    emulator.admin("PUT", path, "{\"use_default\": false, \"include_claim_keys\": [\"repo\"]}");

    HttpResponse<String> duplicate =
        emulator.admin(
            "PUT", path, "{\"use_default\": false, \"include_claim_keys\": [\"repo\", \"REPO\"]}");
    HttpResponse<String> unsupported =
        emulator.admin(
            "PUT",
            path,
            "{\"use_default\": false, \"include_claim_keys\": [\"favourite_colour\"]}");
    HttpResponse<String> missingUseDefault =
        emulator.admin("PUT", path, "{\"include_claim_keys\": [\"repo\"]}");
    HttpResponse<String> malformed = emulator.admin("PUT", path, "{\"use_default\": fal");
    HttpResponse<String> unauthenticated =
        emulator.call("PUT", path, "{\"use_default\": true}", null);

    assertThat(duplicate.statusCode()).isEqualTo(400);
    assertThat(Emulator.json(duplicate).get("message").asText())
        .isEqualTo("The template has one or more duplicate claim keys");
    assertThat(unsupported.statusCode()).isEqualTo(400);
    assertThat(Emulator.json(unsupported).get("message").asText())
        .isEqualTo("The template has one or more unsupported claim keys.");
    assertThat(missingUseDefault.statusCode()).isEqualTo(422);
    assertThat(Emulator.json(missingUseDefault).get("message").asText())
        .contains("\"use_default\" wasn't supplied.");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(Emulator.json(malformed).get("message").asText())
        .startsWith("Problems parsing JSON");
    assertThat(unauthenticated.statusCode()).isEqualTo(401);
    assertThat(emulator.admin("GET", path, null).body())
        .isEqualTo("{\"use_default\":false,\"include_claim_keys\":[\"repo\"]}");
  }

  @Test
  void getRepositoryTemplate_neverSet_isGitHubsDefault() {
    HttpResponse<String> get =
        emulator.admin("GET", "/repos/sub-org/untouched/actions/oidc/customization/sub", null);

    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEqualTo("{\"use_default\":true}");
  }
}
