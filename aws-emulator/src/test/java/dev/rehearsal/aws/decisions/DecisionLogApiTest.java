package dev.rehearsal.aws.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.CoreExplanations;
import dev.rehearsal.aws.support.DecisionFile;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.Seed;
import dev.rehearsal.aws.support.Sessions;
import dev.rehearsal.core.ecr.EcrAuthorizer;
import dev.rehearsal.core.ecr.EcrCaller;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.explain.Explanation;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Every kind of decision the emulator makes, asked through the AWS SDK for Java v2, found in the
 * decision log by the request id the SDK reports, and explained with core's own lines.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class DecisionLogApiTest {
  private static final String TRUST = "the role's trust policy allows the caller";

  @BeforeEach
  void seed() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      Seed.ensure(iam);
    }
  }

  private static String webIdentity(String token) {
    try (StsClient sts = Clients.anonymousSts()) {
      return sts.assumeRoleWithWebIdentity(
              r ->
                  r.roleArn(Seed.ROLE_ARN).roleSessionName("GitHubActions").webIdentityToken(token))
          .responseMetadata()
          .requestId();
    } catch (AwsServiceException e) {
      return e.requestId();
    }
  }

  @Test
  void webIdentity_fromAnotherOrganisation_isDeniedWithTheConditionAndTheClaimValue()
      throws Exception {
    String token = EmulatorResource.issuer().token("evil/app");

    JsonNode record = DecisionFile.await(webIdentity(token));

    assertThat(record.path("service").asText()).isEqualTo("sts");
    assertThat(record.path("action").asText()).isEqualTo("AssumeRoleWithWebIdentity");
    assertThat(record.path("caller").asText()).isEqualTo("anonymous");
    assertThat(record.path("outcome").asText()).isEqualTo("denied");
    assertThat(record.path("errorCode").asText()).isEqualTo("AccessDenied");
    assertThat(record.path("time").asText()).endsWith("Z");
    assertThat(record.path("summary").asText())
        .startsWith(
            "anonymous asked sts:AssumeRoleWithWebIdentity on " + Seed.ROLE_ARN + ": denied")
        .contains("'repo:evil/app:ref:refs/heads/main'", "'repo:acme/*'");
    List<String> recorded = DecisionFile.explanation(record);
    List<String> core = CoreExplanations.webIdentity(token);
    assertThat(CoreExplanations.steps(recorded)).isEqualTo(CoreExplanations.steps(core));
    assertThat(CoreExplanations.fromTrustPolicy(recorded))
        .isEqualTo(CoreExplanations.fromTrustPolicy(core));
    assertThat(record.toString()).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
  }

  @Test
  void webIdentity_granted_passesEveryCheckInAwsOrder() throws Exception {
    String token = EmulatorResource.issuer().token("acme/app");

    JsonNode record = DecisionFile.await(webIdentity(token));

    assertThat(record.path("outcome").asText()).isEqualTo("allowed");
    assertThat(record.path("errorCode").isNull()).isTrue();
    List<String> recorded = DecisionFile.explanation(record);
    assertThat(CoreExplanations.steps(recorded))
        .isEqualTo(CoreExplanations.steps(CoreExplanations.webIdentity(token)))
        .allMatch(l -> l.startsWith("pass: "));
    assertThat(CoreExplanations.fromTrustPolicy(recorded))
        .isEqualTo(CoreExplanations.fromTrustPolicy(CoreExplanations.webIdentity(token)));
  }

  @Test
  void assumeRole_byTheRootOfARoleTrustingOnlyGitHub_isDeniedByTheTrustPolicy() {
    try (StsClient sts = Clients.sts(Clients.ROOT)) {
      AwsServiceException e =
          catchThrowableOfType(
              () -> sts.assumeRole(r -> r.roleArn(Seed.ROLE_ARN).roleSessionName("me")),
              AwsServiceException.class);

      JsonNode record = DecisionFile.await(e.requestId());

      assertThat(record.path("caller").asText()).isEqualTo("arn:aws:iam::000000000000:root");
      assertThat(record.path("outcome").asText()).isEqualTo("denied");
      assertThat(DecisionFile.explanation(record))
          .contains("FAIL: " + TRUST + ": IMPLICIT_DENY")
          .anyMatch(
              line ->
                  line.contains(
                      "principal AWS 'arn:aws:iam::000000000000:root' is not in Principal"));
    }
  }

  @Test
  void ecrCall_thatNoStatementAllows_isDeniedWithCoresEvaluationOfEachPolicy() {
    String repository = "decisions/denied";
    try (EcrClient root = Clients.ecr(Clients.ROOT)) {
      root.createRepository(r -> r.repositoryName(repository));
    }
    AwsCredentials session = Sessions.seed();
    String userId;
    try (StsClient sts = Clients.sts(session)) {
      userId = sts.getCallerIdentity().userId();
    }
    try (EcrClient ecr = Clients.ecr(session)) {
      AwsServiceException e =
          catchThrowableOfType(
              () -> ecr.deleteRepository(r -> r.repositoryName(repository)),
              AwsServiceException.class);

      JsonNode record = DecisionFile.await(e.requestId());

      String arn = "arn:aws:ecr:us-east-1:000000000000:repository/" + repository;
      var core =
          new EcrAuthorizer()
              .authorize(
                  EcrCaller.roleSession(
                      "arn:aws:sts::000000000000:assumed-role/GithubOIDCIAMRole/GitHubActions",
                      Seed.ROLE_ARN,
                      "000000000000",
                      userId),
                  RequestOrigin.https("us-east-1", java.time.Instant.now()),
                  "ecr:DeleteRepository",
                  arn,
                  List.of(PolicyParser.parse(Seed.PUSH_POLICY, PolicyKind.IDENTITY)),
                  Optional.empty());
      assertThat(record.path("service").asText()).isEqualTo("ecr");
      assertThat(record.path("resource").asText()).isEqualTo(arn);
      assertThat(record.path("errorCode").asText()).isEqualTo("AccessDeniedException");
      assertThat(DecisionFile.explanation(record)).containsSequence(Explanation.step(core));
      assertThat(record.path("summary").asText())
          .contains(
              "ecr:DeleteRepository: identity-based policies: statement 0 (Allow) did not apply");
    }
  }

  @Test
  void badSignature_isRefusedByAuth_namingWhatWasSignedButNoSecret() {
    var wrong = AwsBasicCredentials.create("test", "not-the-secret");
    try (StsClient sts = Clients.sts(wrong)) {
      AwsServiceException e =
          catchThrowableOfType(sts::getCallerIdentity, AwsServiceException.class);

      JsonNode record = DecisionFile.await(e.requestId());

      assertThat(record.path("service").asText()).isEqualTo("auth");
      assertThat(record.path("outcome").asText()).isEqualTo("refused");
      assertThat(record.path("errorCode").asText()).isEqualTo("SignatureDoesNotMatch");
      assertThat(DecisionFile.explanation(record))
          .anyMatch(line -> line.startsWith("FAIL: the request's SigV4 signature holds"))
          .anyMatch(line -> line.contains("signed with key test in the Authorization header"))
          .anyMatch(line -> line.contains("signed headers ") && line.contains("host"))
          .anyMatch(line -> line.contains("scope ") && line.contains("us-east-1/sts (same)"));
      assertThat(record.toString()).doesNotContain("not-the-secret");
    }
  }

  @Test
  void malformedPolicy_isRefusedNamingTheRuleItBreaks() {
    try (IamClient iam = Clients.iam(Clients.ROOT)) {
      AwsServiceException e =
          catchThrowableOfType(
              () ->
                  iam.createRole(
                      r ->
                          r.roleName("decisions-malformed")
                              .assumeRolePolicyDocument(
                                  "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                                      + "\"Allow\",\"Action\":\"sts:AssumeRole\"}]}")),
              AwsServiceException.class);

      JsonNode record = DecisionFile.await(e.requestId());

      assertThat(record.path("service").asText()).isEqualTo("iam");
      assertThat(record.path("errorCode").asText()).isEqualTo("MalformedPolicyDocument");
      assertThat(DecisionFile.explanation(record))
          .anyMatch(
              line ->
                  line.startsWith("FAIL: MalformedPolicyDocument: ")
                      && line.contains("no principals"));
    }
  }

  @Test
  void feed_streamsEachNewDecisionAsAServerSentEvent() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI feed = Clients.endpoint().resolve("/_rehearsal/decisions?follow=true");
    HttpResponse<java.io.InputStream> stream =
        http.send(HttpRequest.newBuilder(feed).build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream");
    try (var lines =
        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      String requestId;
      try (StsClient sts = Clients.sts(Clients.ROOT)) {
        requestId = sts.getCallerIdentity().responseMetadata().requestId();
      }
      CompletableFuture<String> event =
          CompletableFuture.supplyAsync(
              () ->
                  lines
                      .lines()
                      .filter(line -> line.startsWith("data: ") && line.contains(requestId))
                      .findFirst()
                      .orElseThrow());

      assertThat(event.get(30, TimeUnit.SECONDS))
          .contains("\"outcome\":\"allowed\"", "\"action\":\"GetCallerIdentity\"");
    }
    HttpResponse<String> last =
        http.send(
            HttpRequest.newBuilder(Clients.endpoint().resolve("/_rehearsal/decisions?last=3"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(last.body().lines()).hasSizeBetween(1, 3).allMatch(l -> l.startsWith("{"));
  }
}
