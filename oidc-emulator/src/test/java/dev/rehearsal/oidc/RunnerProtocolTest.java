package dev.rehearsal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSHeader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runner protocol as actions/toolkit's {@code oidc-utils.ts} speaks it, with a plain {@code
 * java.net.http} client: the URL from the job's environment, {@code &audience=} appended, the
 * request token as a bearer, {@code {"value": jwt}} back.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class RunnerProtocolTest {
  static final String PROD_JOB =
      """
      {"repository": "octo-org/octo-repo", "ref": "refs/heads/main", "event_name": "push",
       "environment": "prod", "actor": "octocat", "run_id": 16055869479,
       "permissions": {"id-token": "write", "contents": "read"}}
      """;

  final Emulator emulator = Emulator.underTest();

  @Test
  void registerJob_withIdTokenWrite_givesTheUrlWithApiVersionAndARequestToken() {
    JsonNode job = register(PROD_JOB);

    assertThat(job.get("ACTIONS_ID_TOKEN_REQUEST_URL").asText())
        .startsWith(emulator.base() + "/_apis/distributedtask/hubs/Actions/plans/")
        .endsWith("/idtoken?api-version=2.0");
    assertThat(job.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN").asText()).hasSizeGreaterThan(30);
  }

  @Test
  void registerJob_withoutIdTokenWrite_givesNoRequestToken() {
    // facts.md: without `permissions: id-token: write` the runner sets no request token at all.
    for (String permissions :
        new String[] {
          "", ", \"permissions\": {\"id-token\": \"read\"}", ", \"permissions\": \"read-all\""
        }) {
      JsonNode job = register("{\"repository\": \"octo-org/octo-repo\"" + permissions + "}");

      assertThat(job.has("ACTIONS_ID_TOKEN_REQUEST_URL")).isTrue();
      assertThat(job.has("ACTIONS_ID_TOKEN_REQUEST_TOKEN")).as(permissions).isFalse();
    }
  }

  @Test
  void toolkitRequest_withAudience_answersAValueThatVerifiesAgainstTheJwks() {
    JsonNode job = register(PROD_JOB);

    HttpResponse<String> response =
        requestToken(
            job, "&audience=" + URLEncoder.encode("sts.amazonaws.com", StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    String jwt = Emulator.json(response).get("value").asText();
    Map<String, Object> claims = emulator.verify(jwt);
    assertThat(claims)
        .containsEntry("aud", "sts.amazonaws.com")
        .containsEntry("iss", "https://token.actions.githubusercontent.com")
        .containsEntry("sub", "repo:octo-org/octo-repo:environment:prod")
        .containsEntry("run_id", "16055869479")
        .containsEntry("ref_protected", "false")
        .containsEntry("repository_owner", "octo-org");
    assertThat(Emulator.json(response).get("count").asInt()).isEqualTo(jwt.length());
  }

  @Test
  void token_everyClaimButTimesIsAString_andLivesFiveMinutes() {
    // facts.md: every value a JSON string; exp - iat = 300 s; header typ, alg, kid, x5t.
    String jwt = Emulator.json(requestToken(register(PROD_JOB), "")).get("value").asText();

    Map<String, Object> claims = emulator.verify(jwt);
    claims.forEach(
        (name, value) -> {
          if (!java.util.Set.of("exp", "iat", "nbf").contains(name)) {
            assertThat(value).as(name).isInstanceOf(String.class);
          }
        });
    long iat = ((Number) claims.get("iat")).longValue();
    assertThat(((Number) claims.get("exp")).longValue() - iat).isEqualTo(300);
    JWSHeader header = (JWSHeader) Emulator.parse(jwt).getHeader();
    assertThat(header.getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(header.getType().getType()).isEqualTo("JWT");
    assertThat(header.getKeyID()).isNotBlank();
    assertThat(header.getX509CertThumbprint()).isNotNull();
  }

  @Test
  void toolkitRequest_withoutAudience_getsTheOwnersUrl() {
    String jwt = Emulator.json(requestToken(register(PROD_JOB), "")).get("value").asText();

    assertThat(emulator.verify(jwt)).containsEntry("aud", "https://github.com/octo-org");
  }

  @Test
  void toolkitRequest_withAWrongOrMissingBearer_isBadCredentials() {
    JsonNode job = register(PROD_JOB);
    URI url = URI.create(job.get("ACTIONS_ID_TOKEN_REQUEST_URL").asText());

    HttpResponse<String> wrong = emulator.get(url, "Bearer not-the-token");
    HttpResponse<String> missing = emulator.get(url, null);

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Emulator.json(wrong).get("message").asText()).isEqualTo("Bad credentials");
    assertThat(missing.statusCode()).isEqualTo(401);
  }

  @Test
  void requestToken_ofAnotherJob_isBadCredentials() {
    JsonNode first = register(PROD_JOB);
    JsonNode second = register(PROD_JOB);

    HttpResponse<String> response =
        emulator.get(
            URI.create(first.get("ACTIONS_ID_TOKEN_REQUEST_URL").asText()),
            "Bearer " + second.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN").asText());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void toolkitRequest_forAnUnknownOrEndedJob_isNotFound() {
    JsonNode job = register(PROD_JOB);
    HttpResponse<String> ended =
        emulator.admin("DELETE", "/_rehearsal/jobs/" + job.get("job_id").asText(), null);

    HttpResponse<String> response = requestToken(job, "");

    assertThat(ended.statusCode()).isEqualTo(204);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Emulator.json(response).get("message").asText()).startsWith("Not Found");
  }

  @Test
  void requestToken_afterItsJobExpired_isBadCredentials() throws InterruptedException {
    JsonNode job =
        register(
            "{\"repository\": \"octo-org/octo-repo\", \"permissions\": {\"id-token\": \"write\"},"
                + " \"expires_in\": 1}");
    Thread.sleep(1_200);

    HttpResponse<String> response = requestToken(job, "");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Emulator.json(response).get("message").asText()).contains("expired");
  }

  @Test
  void toolkitRequest_withAnAudienceOverTheLimit_isRefusedAndNamesTheLimit() {
    HttpResponse<String> response =
        requestToken(register(PROD_JOB), "&audience=" + "a".repeat(256));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Emulator.json(response).get("message").asText()).contains("256", "255");
  }

  @Test
  void tokenRequest_withoutApiVersion_isRefused() {
    JsonNode job = register(PROD_JOB);
    String url = job.get("ACTIONS_ID_TOKEN_REQUEST_URL").asText().replace("?api-version=2.0", "");

    HttpResponse<String> response =
        emulator.get(
            URI.create(url), "Bearer " + job.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN").asText());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Emulator.json(response).get("message").asText()).contains("api-version");
  }

  @Test
  void registerJob_withBadInput_answersGitHubsErrorAndStoresNothing() throws Exception {
    register(PROD_JOB);
    String before = Files.readString(emulator.dataDir().resolve("jobs.json"));

    HttpResponse<String> unauthenticated =
        emulator.call("POST", "/_rehearsal/jobs", PROD_JOB, null);
    HttpResponse<String> wrongToken =
        emulator.call("POST", "/_rehearsal/jobs", PROD_JOB, "Bearer nope");
    HttpResponse<String> malformed = emulator.admin("POST", "/_rehearsal/jobs", "{\"repository\":");
    HttpResponse<String> unknownMember =
        emulator.admin("POST", "/_rehearsal/jobs", "{\"repositroy\": \"octo-org/octo-repo\"}");
    HttpResponse<String> invalidValue =
        emulator.admin("POST", "/_rehearsal/jobs", "{\"repository\": \"no-slash\"}");
    HttpResponse<String> badPermission =
        emulator.admin("POST", "/_rehearsal/jobs", "{\"permissions\": {\"id-token\": \"admin\"}}");

    assertThat(unauthenticated.statusCode()).isEqualTo(401);
    assertThat(Emulator.json(unauthenticated).get("message").asText()).isEqualTo("Bad credentials");
    assertThat(wrongToken.statusCode()).isEqualTo(401);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(Emulator.json(malformed).get("message").asText())
        .startsWith("Problems parsing JSON");
    assertThat(unknownMember.statusCode()).isEqualTo(422);
    assertThat(Emulator.json(unknownMember).get("message").asText()).contains("'repositroy'");
    assertThat(invalidValue.statusCode()).isEqualTo(400);
    assertThat(Emulator.json(invalidValue).get("message").asText())
        .contains("repository", "no-slash");
    assertThat(badPermission.statusCode()).isEqualTo(422);
    assertThat(Files.readString(emulator.dataDir().resolve("jobs.json"))).isEqualTo(before);
  }

  JsonNode register(String runContext) {
    HttpResponse<String> response = emulator.admin("POST", "/_rehearsal/jobs", runContext);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Emulator.json(response);
  }

  HttpResponse<String> requestToken(JsonNode job, String suffix) {
    return emulator.get(
        URI.create(job.get("ACTIONS_ID_TOKEN_REQUEST_URL").asText() + suffix),
        "Bearer " + job.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN").asText());
  }
}
