package dev.rehearsal.cli.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.cli.CliRun;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Issue 6, end to end: {@code rehearse up} (the built CLI jar, as a user runs it) starts both
 * emulators; a token from {@code rehearse token} is accepted by the aws-emulator's
 * AssumeRoleWithWebIdentity, through the AWS SDK v2, for a role that trusts its repository and
 * refused for one that does not; {@code down} stops everything; a CLI killed with SIGKILL leaves no
 * emulator behind.
 */
class UpIntegrationTest {
  private static final String TRUST =
      """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
       "Principal":{"Federated":"arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com"},
       "Action":"sts:AssumeRoleWithWebIdentity",
       "Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:%s/*"}}}]}
      """;

  @TempDir Path temp;
  private UpProcess running;
  private Process up;

  @BeforeEach
  void startWorld() throws Exception {
    running = UpProcess.start(temp);
    up = running.process();
  }

  @AfterEach
  void stopWorld() throws Exception {
    running.close();
  }

  private String output() {
    return running.output();
  }

  private WorldRecord world() {
    return WorldRecord.read(new DataDirectory(temp)).orElseThrow();
  }

  @Test
  void tokenFromRehearseToken_isAcceptedForATrustingRoleAndRefusedOtherwise() {
    WorldRecord world = world();
    URI endpoint = URI.create(world.aws().url());
    var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    try (IamClient iam =
            IamClient.builder()
                .endpointOverride(endpoint)
                // IAM is signed for us-east-1; with an endpoint override the SDK would sign for its
                // pseudo-region aws-global, which IAM refuses (aws/aws-sdk-java-v2#988).
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        StsClient sts =
            StsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
      iam.createOpenIDConnectProvider(
          r ->
              r.url("https://token.actions.githubusercontent.com")
                  .clientIDList("sts.amazonaws.com"));
      iam.createRole(r -> r.roleName("Trusting").assumeRolePolicyDocument(TRUST.formatted("acme")));
      iam.createRole(
          r -> r.roleName("Other").assumeRolePolicyDocument(TRUST.formatted("other-org")));

      CliRun token =
          CliRun.of(
              "token",
              "--data",
              temp.toString(),
              "--repo",
              "acme/app",
              "--ref",
              "main",
              "--audience",
              "sts.amazonaws.com");
      assertThat(token.exitCode()).as(token.err()).isZero();
      String jwt = token.out().lines().findFirst().orElseThrow();

      AssumeRoleWithWebIdentityResponse granted =
          sts.assumeRoleWithWebIdentity(
              r ->
                  r.roleArn("arn:aws:iam::000000000000:role/Trusting")
                      .roleSessionName("GitHubActions")
                      .webIdentityToken(jwt));
      assertThat(granted.subjectFromWebIdentityToken())
          .isEqualTo("repo:acme/app:ref:refs/heads/main");
      assertThat(granted.assumedRoleUser().arn())
          .isEqualTo("arn:aws:sts::000000000000:assumed-role/Trusting/GitHubActions");
      assertThat(granted.credentials().accessKeyId()).startsWith("ASIA");

      var refusal =
          assertThatThrownBy(
              () ->
                  sts.assumeRoleWithWebIdentity(
                      r ->
                          r.roleArn("arn:aws:iam::000000000000:role/Other")
                              .roleSessionName("GitHubActions")
                              .webIdentityToken(jwt)));
      refusal.isInstanceOfSatisfying(
          StsException.class,
          e -> assertDecisionExplained(e.requestId(), "'repo:acme/app:ref:refs/heads/main'"));
      refusal.isInstanceOfSatisfying(
          StsException.class,
          e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("Not authorized to perform sts:AssumeRoleWithWebIdentity");
          });
    }
  }

  /**
   * The user's one step from a refusal to its reason: {@code up} printed the decision's line with
   * the request id the SDK reported, and {@code rehearse explain ID} names the condition and value.
   */
  private void assertDecisionExplained(String requestId, String claim) {
    for (int i = 0; i < 100 && !output().contains(requestId); i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    assertThat(output())
        .as("rehearse up prints each decision")
        .containsPattern(
            "denied +anonymous asked sts:AssumeRoleWithWebIdentity.*\\[" + requestId + "]");
    CliRun explain = CliRun.of("explain", requestId, "--data", temp.toString());
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out())
        .contains("FAIL: the role's trust policy allows the caller: IMPLICIT_DENY")
        .contains(claim + "] does not match any of ['repo:other-org/*']");
  }

  @Test
  void down_stopsBothEmulators_andASecondUpIsRefusedMeanwhile() throws Exception {
    WorldRecord world = world();

    CliRun second =
        CliRun.of("up", "--data", temp.toString(), "--aws-port", "0", "--oidc-port", "0");
    assertThat(second.exitCode()).isEqualTo(2);
    assertThat(second.err()).contains("already running", "rehearse down");

    CliRun down = CliRun.of("down", "--data", temp.toString());
    assertThat(down.exitCode()).isZero();
    assertThat(down.out()).contains("stopped");
    assertThat(up.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertGone(world.aws().pid());
    assertGone(world.oidc().pid());
    assertThat(Files.exists(temp.resolve("world.json"))).isFalse();
  }

  @Test
  void cliKilledWithSigkill_leavesNoOrphan() throws Exception {
    WorldRecord world = world();

    up.destroyForcibly().waitFor();

    assertGone(world.aws().pid());
    assertGone(world.oidc().pid());
  }

  private static void assertGone(long pid) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Optional<ProcessHandle> handle = ProcessHandle.of(pid);
      if (handle.isEmpty() || !handle.get().isAlive()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("process " + pid + " still runs 30 s after its world was stopped");
  }
}
