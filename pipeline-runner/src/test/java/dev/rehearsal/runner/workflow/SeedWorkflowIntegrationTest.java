package dev.rehearsal.runner.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.permission.TokenSettings;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.job.ActionCatalog;
import dev.rehearsal.runner.job.RunnerSetup;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.support.Docker;
import dev.rehearsal.runner.support.LocalWorld;
import dev.rehearsal.runner.support.WorldClients;
import dev.rehearsal.runner.token.OidcEmulatorAdmin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Issue 15: the seed's workflow file, unchanged, run as a GitHub runner would run it for an event,
 * against the emulators started from their jars and the Docker engine — and the same workflow for
 * the events and policies that must fail, failing as GitHub, STS and docker say it.
 */
class SeedWorkflowIntegrationTest {
  private static final String PUSH_WITHOUT_PUT_IMAGE =
      """
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["ecr:GetAuthorizationToken","ecr:BatchCheckLayerAvailability",
          "ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload",
          "ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"],"Resource":"*"}]}
      """;

  @TempDir static Path data;
  private static LocalWorld world;
  private static String seed;

  @TempDir Path work;
  @TempDir Path source;
  private final StringWriter log = new StringWriter();

  @BeforeAll
  static void startTheWorld() throws Exception {
    world = LocalWorld.start(data);
    seed = Files.readString(LocalWorld.repositoryFile("examples/seed/deploy.yml"));
    String trust = Files.readString(LocalWorld.repositoryFile("examples/seed/trust-policy.json"));
    String push = Files.readString(LocalWorld.repositoryFile("examples/seed/push-policy.json"));
    try (IamClient iam = WorldClients.iam(world);
        EcrClient ecr = WorldClients.ecr(world)) {
      iam.createOpenIDConnectProvider(
          r -> r.url(LocalWorld.GITHUB_ISSUER).clientIDList("sts.amazonaws.com"));
      iam.createRole(r -> r.roleName("GithubOIDCIAMRole").assumeRolePolicyDocument(trust));
      iam.putRolePolicy(
          r -> r.roleName("GithubOIDCIAMRole").policyName("Push").policyDocument(push));
      iam.createRole(r -> r.roleName("NoPutImage").assumeRolePolicyDocument(trust));
      iam.putRolePolicy(
          r ->
              r.roleName("NoPutImage")
                  .policyName("AlmostPush")
                  .policyDocument(PUSH_WITHOUT_PUT_IMAGE));
      ecr.createRepository(r -> r.repositoryName("test-service"));
    }
  }

  @AfterAll
  static void stopTheWorld() {
    if (world != null) {
      world.close();
    }
  }

  private RunReport run(String workflow, RunEvent event, String role) throws Exception {
    Files.writeString(source.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
    Files.writeString(source.resolve("hello.txt"), "hello from the rehearsal\n");
    Map<String, String> base = new LinkedHashMap<>(RunnerSetup.hostEnvironment(System.getenv()));
    base.put("AWS_ENDPOINT_URL", world.awsEndpoint());
    RunnerSetup setup =
        new RunnerSetup(
            work,
            base,
            new ActionCatalog(Optional.of(source), RetryBackoff.immediate()),
            Optional.of(OidcEmulatorAdmin.fromDataDirectory(world.oidcData())),
            Optional.of(world.oidcData().resolve("ca.pem")),
            false,
            new PrintWriter(log),
            new Cancellation());
    RunSettings settings =
        new RunSettings(
            Map.of(
                "AWS_ACCOUNT_ID", "000000000000",
                "AWS_ROLE_TO_PUSH_IMG", role,
                "AWS_DEFAULT_REGION", "us-east-1"),
            Map.of(),
            TokenSettings.restricted(),
            ".github/workflows/deploy.yml",
            Optional.empty());
    RunReport report = new WorkflowExecution(setup).run(Workflow.parse(workflow), event, settings);
    System.out.println(log);
    return report;
  }

  private static RunEvent pushToMain(String repository) {
    return RunEvent.push(repository, "refs/heads/main", "a".repeat(40), "octocat");
  }

  @Test
  void seedWorkflow_pushToMainOfTheTrustedOrganisation_pushesTheImage() throws Exception {
    assumeTrue(Docker.answers(), "no Docker engine answers `docker info`");

    RunReport report = run(seed, pushToMain("acme/test-service"), "GithubOIDCIAMRole");

    assertThat(report.succeeded()).as(log.toString()).isTrue();
    assertThat(report.jobs())
        .singleElement()
        .satisfies(j -> assertThat(j.result()).isEqualTo("success"));
    assertThat(log.toString())
        .contains("The push refers to repository [127.0.0.1:" + world.awsPort() + "/test-service]")
        .contains("test: digest: sha256:")
        // the secrets the workflow reads are masked wherever they are printed
        .doesNotContain("000000000000:role/GithubOIDCIAMRole");
  }

  @Test
  void seedWorkflow_pushToAnotherBranch_doesNotRun_andSaysWhy() throws Exception {
    RunEvent dev = RunEvent.push("acme/test-service", "refs/heads/dev", "b".repeat(40), "octocat");

    RunReport report = run(seed, dev, "GithubOIDCIAMRole");

    assertThat(report.triggered()).isFalse();
    assertThat(report.reason()).contains("refs/heads/dev").contains("main");
  }

  @Test
  void seedWorkflow_fromAnotherOrganisation_isDeniedByTheTrustPolicy() throws Exception {
    RunReport report = run(seed, pushToMain("other-org/test-service"), "GithubOIDCIAMRole");

    assertThat(report.succeeded()).isFalse();
    assertThat(log.toString()).contains("Not authorized to perform sts:AssumeRoleWithWebIdentity");
  }

  @Test
  void seedWorkflow_withoutIdTokenPermission_failsWithTheActionsOwnMessage() throws Exception {
    String withoutIdToken = seed.replace("      id-token: write\n", "");

    RunReport report = run(withoutIdToken, pushToMain("acme/test-service"), "GithubOIDCIAMRole");

    assertThat(report.succeeded()).isFalse();
    assertThat(log.toString())
        .contains("Credentials could not be loaded, please check your action inputs");
  }

  @Test
  void seedWorkflow_roleWithoutPutImage_isDeniedByTheRegistry() throws Exception {
    assumeTrue(Docker.answers(), "no Docker engine answers `docker info`");

    RunReport report = run(seed, pushToMain("acme/test-service"), "NoPutImage");

    assertThat(report.succeeded()).isFalse();
    assertThat(log.toString()).contains("denied:").contains("ecr:PutImage");
  }

  @Test
  void seedWorkflow_repositoryThatDoesNotExist_isNameUnknown() throws Exception {
    assumeTrue(Docker.answers(), "no Docker engine answers `docker info`");
    String elsewhere = seed.replace("ECR_REPOSITORY: test-service", "ECR_REPOSITORY: missing");

    RunReport report = run(elsewhere, pushToMain("acme/test-service"), "GithubOIDCIAMRole");

    assertThat(report.succeeded()).isFalse();
    assertThat(log.toString()).contains("name unknown");
  }

  @Test
  void seedWorkflow_pullRequestFromTheSameOrganisation_assumesTheRoleTheSeedsPolicyAllows()
      throws Exception {
    // GitHub's docs: a pull_request run's sub is repo:OWNER/REPO:pull_request; repo:acme/* admits
    // it.
    RunEvent pullRequest =
        RunEvent.pullRequest(
            "acme/test-service", 7, "main", "feature", "c".repeat(40), "dev", false);
    String onPullRequests =
        seed.replace("  push:\n    branches:", "  pull_request:\n    branches:");

    RunReport report = run(onPullRequests, pullRequest, "GithubOIDCIAMRole");

    assertThat(report.triggered()).as(log.toString()).isTrue();
    assertThat(log.toString()).contains("Logging into registry");
  }

  @Test
  void seedWorkflow_pullRequestFromAFork_getsNoSecretsAndNoIdToken() throws Exception {
    // GitHub Docs, "Automatic token authentication": read-only token and no secrets for forks.
    RunEvent fork =
        RunEvent.pullRequest(
            "acme/test-service", 8, "main", "feature", "d".repeat(40), "eve", true);
    String onPullRequests =
        seed.replace("  push:\n    branches:", "  pull_request:\n    branches:");

    RunReport report = run(onPullRequests, fork, "GithubOIDCIAMRole");

    assertThat(report.succeeded()).isFalse();
    assertThat(log.toString())
        .contains("no id-token: write")
        // the secrets the inputs are made of are empty, so the action stops at its first input
        .contains("role-to-assume: arn:aws:iam:::role/")
        .contains("Error: Input required and not supplied: aws-region");
  }
}
