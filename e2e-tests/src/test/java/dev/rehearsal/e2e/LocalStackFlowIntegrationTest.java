package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.e2e.support.DaemonlessPush;
import dev.rehearsal.e2e.support.Docker;
import dev.rehearsal.e2e.support.LocalStack;
import dev.rehearsal.e2e.support.LocalStackSeed;
import dev.rehearsal.e2e.support.Rehearsal;
import dev.rehearsal.e2e.support.RepositoryFiles;
import dev.rehearsal.e2e.support.RunOutcome;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import dev.rehearsal.e2e.support.SignedClients;
import dev.rehearsal.provisioner.aws.AwsClients;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The seed's flow against LocalStack through Testcontainers' {@code LocalStackContainer}: the
 * provisioner applies the seed's stack through LocalStack's CloudFormation and the direct way, and
 * the seed's workflow assumes the role through LocalStack's STS with a token from the
 * oidc-emulator. The push needs ECR, which LocalStack's free image lacks: that test says so and is
 * skipped there, and runs with {@code LOCALSTACK_AUTH_TOKEN}.
 */
class LocalStackFlowIntegrationTest {
  /** LocalStack, and beside it the emulators: the oidc-emulator signs the tokens both are given. */
  @RegisterExtension static final LocalStack localStack = LocalStack.fromEnvironment().withSeed();

  private static final SeedWorld world = localStack.world();

  @TempDir Path folder;

  @Test
  void seedStack_throughLocalStacksCloudFormation_isCreated_withTheRoleAndItsPolicy() {
    assertThat(localStack.seed().cloudFormation().status()).isEqualTo("CREATE_COMPLETE");
    assertThat(localStack.seed().cloudFormation().outputs())
        .containsEntry("RoleArn", "arn:aws:iam::000000000000:role/" + SeedStack.ROLE);
    AwsClients clients = localStack.clients();
    assertThat(trustPolicy(clients, SeedStack.ROLE)).contains("\"repo:acme/*\"");
    String policy =
        clients
            .iam()
            .getRolePolicy(r -> r.roleName(SeedStack.ROLE).policyName("AllowPushImagesToECR"))
            .policyDocument();
    assertThat(URLDecoder.decode(policy, StandardCharsets.UTF_8))
        .contains("\"ecr:InitiateLayerUpload\"");
  }

  @Test
  void seedStack_theDirectWay_createsTheProviderTheRoleAndItsPolicy() {
    assertThat(localStack.seed().direct().status()).isEqualTo("CREATE_COMPLETE");
    AwsClients clients = localStack.clients();
    String provider = "arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com";
    assertThat(clients.iam().listOpenIDConnectProviders().openIDConnectProviderList())
        .singleElement()
        .satisfies(p -> assertThat(p.arn()).isEqualTo(provider));
    assertThat(trustPolicy(clients, LocalStackSeed.DIRECT_ROLE))
        .contains("\"" + provider + "\"")
        .contains("\"repo:acme/*\"");
  }

  /**
   * The seed's steps up to its credentials, {@code AWS_ENDPOINT_URL} LocalStack's: the runner's
   * configure-aws-credentials sends the oidc-emulator's token to LocalStack's STS, and the session
   * credentials it gets back are LocalStack's, for the assumed role.
   */
  @Test
  void seedWorkflow_assumesTheRoleThroughLocalStacksSts_withTheOidcEmulatorsToken()
      throws Exception {
    Path credentials = folder.resolve("credentials");

    RunOutcome run = runUntilCredentials(credentials);

    assertThat(run.succeeded()).as(run.log()).isTrue();
    try (StsClient sts = sessionClient(StsClient.builder(), credentials)) {
      assertThat(sts.getCallerIdentity().arn())
          .startsWith("arn:aws:sts::000000000000:assumed-role/" + LocalStackSeed.DIRECT_ROLE + "/");
    }
  }

  /**
   * The seed's workflow unchanged, pushing to LocalStack's ECR: a paid image only, and not run on
   * this project's machines (no auth token there). LocalStack names its registry after its own host
   * ({@code LOCALSTACK_HOST}), which the Docker engine must be able to reach for the push.
   */
  @Test
  void seedWorkflow_pushesTheImageToLocalStacksEcr() {
    Docker.assumeEngine();
    localStack.assumeEcr();
    localStack.clients().ecr().createRepository(r -> r.repositoryName("test-service"));

    RunOutcome run =
        Rehearsal.of(world.emulators(), folder)
            .awsEndpoint(localStack.endpoint().toString())
            .role(LocalStackSeed.DIRECT_ROLE)
            .run(Rehearsal.pushToMain("acme/test-service"));

    assertThat(run.succeeded()).as(run.log()).isTrue();
    assertThat(
            localStack
                .clients()
                .ecr()
                .describeImages(r -> r.repositoryName("test-service"))
                .imageDetails())
        .singleElement()
        .satisfies(image -> assertThat(image.imageDigest()).isEqualTo(run.pushedDigest()));
  }

  /**
   * With IAM enforcement (a paid image, {@code ENFORCE_IAM=1}) the role's policy counts: the seed's
   * allows pushing, not creating repositories.
   */
  @Test
  void enforcedIam_theJobsRoleMayNotCreateARepository() throws Exception {
    assumeTrue(
        localStack.paid(),
        "IAM enforcement is a paid LocalStack feature: set LOCALSTACK_AUTH_TOKEN to run this");
    Path credentials = folder.resolve("credentials");
    RunOutcome run = runUntilCredentials(credentials);
    assertThat(run.succeeded()).as(run.log()).isTrue();

    try (EcrClient ecr = sessionClient(EcrClient.builder(), credentials)) {
      assertThatThrownBy(() -> ecr.createRepository(r -> r.repositoryName("not-allowed")))
          .isInstanceOfSatisfying(
              SdkServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }
  }

  private RunOutcome runUntilCredentials(Path credentials) {
    return Rehearsal.of(world.emulators(), folder)
        .workflow(DaemonlessPush.workflow(RepositoryFiles.seedWorkflow(), credentials))
        .awsEndpoint(localStack.endpoint().toString())
        .role(LocalStackSeed.DIRECT_ROLE)
        .run(Rehearsal.pushToMain("acme/test-service"));
  }

  /** A client of LocalStack signed with the session credentials the job wrote. */
  private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C sessionClient(
      B builder, Path credentials) throws IOException {
    return SignedClients.of(builder, localStack.endpoint(), SignedClients.session(credentials));
  }

  private static String trustPolicy(AwsClients clients, String role) {
    return URLDecoder.decode(
        clients.iam().getRole(r -> r.roleName(role)).role().assumeRolePolicyDocument(),
        StandardCharsets.UTF_8);
  }
}
