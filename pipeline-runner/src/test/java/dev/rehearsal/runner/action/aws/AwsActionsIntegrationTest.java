package dev.rehearsal.runner.action.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.job.ActionCatalog;
import dev.rehearsal.runner.job.Job;
import dev.rehearsal.runner.job.JobExecutor;
import dev.rehearsal.runner.job.JobReport;
import dev.rehearsal.runner.job.JobStatus;
import dev.rehearsal.runner.job.JobStep;
import dev.rehearsal.runner.job.RunnerSetup;
import dev.rehearsal.runner.job.StepAction;
import dev.rehearsal.runner.job.StepPlan;
import dev.rehearsal.runner.job.StepReport;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.shell.ScriptStep;
import dev.rehearsal.runner.support.Docker;
import dev.rehearsal.runner.support.LocalWorld;
import dev.rehearsal.runner.support.WorldClients;
import dev.rehearsal.runner.token.IdTokenClient;
import dev.rehearsal.runner.token.OidcEmulatorAdmin;
import dev.rehearsal.runner.token.Permissions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Issue 15: the seed's job against the real emulators, started from their jars. A role that trusts
 * the job's repository gives credentials, ECR gives a password, and {@code docker login} and {@code
 * docker push} succeed; a job without {@code id-token: write} and a role that does not trust the
 * job fail with the actions' own messages. The docker parts are skipped where no engine answers.
 */
class AwsActionsIntegrationTest {
  private static final String ACCOUNT = "000000000000";
  private static final String TRUSTING = "arn:aws:iam::" + ACCOUNT + ":role/GithubOIDCIAMRole";
  private static final String DISTRUSTING = "arn:aws:iam::" + ACCOUNT + ":role/OtherOrgRole";

  private static final String CHAINED_TRUST =
      """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
       "Principal":{"AWS":"arn:aws:iam::000000000000:role/GithubOIDCIAMRole"},
       "Action":["sts:AssumeRole","sts:TagSession"]}]}
      """;

  private static final String CHAINING =
      """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
       "Action":["sts:AssumeRole","sts:TagSession"],
       "Resource":"arn:aws:iam::000000000000:role/ChainedRole"}]}
      """;

  @TempDir static Path data;
  private static LocalWorld world;

  @TempDir Path work;
  @TempDir Path source;
  private final StringWriter log = new StringWriter();

  @BeforeAll
  static void startTheWorld() throws Exception {
    world = LocalWorld.start(data);
    String trust = Files.readString(LocalWorld.repositoryFile("examples/seed/trust-policy.json"));
    String push = Files.readString(LocalWorld.repositoryFile("examples/seed/push-policy.json"));
    try (IamClient iam = WorldClients.iam(world);
        EcrClient ecr = WorldClients.ecr(world)) {
      iam.createOpenIDConnectProvider(
          r -> r.url(LocalWorld.GITHUB_ISSUER).clientIDList("sts.amazonaws.com"));
      iam.createRole(r -> r.roleName("GithubOIDCIAMRole").assumeRolePolicyDocument(trust));
      iam.putRolePolicy(
          r ->
              r.roleName("GithubOIDCIAMRole")
                  .policyName("AllowPushImagesToECR")
                  .policyDocument(push));
      iam.createRole(
          r ->
              r.roleName("OtherOrgRole")
                  .assumeRolePolicyDocument(trust.replace("repo:acme/*", "repo:other-org/*")));
      iam.createRole(r -> r.roleName("ChainedRole").assumeRolePolicyDocument(CHAINED_TRUST));
      // The aws-emulator asks the first role's own policies to allow the chaining too.
      iam.putRolePolicy(
          r ->
              r.roleName("GithubOIDCIAMRole").policyName("AllowChaining").policyDocument(CHAINING));
      ecr.createRepository(r -> r.repositoryName("test-service"));
    }
  }

  @AfterAll
  static void stopTheWorld() {
    if (world != null) {
      world.close();
    }
  }

  private JobReport run(Permissions permissions, List<StepPlan> steps) {
    RunnerSetup setup =
        new RunnerSetup(
            work,
            RunnerSetup.hostEnvironment(System.getenv()),
            new ActionCatalog(Optional.of(source), RetryBackoff.immediate()),
            Optional.of(OidcEmulatorAdmin.fromDataDirectory(world.oidcData())),
            Optional.of(world.oidcData().resolve("ca.pem")),
            false,
            new PrintWriter(log),
            new Cancellation());
    Job job =
        new Job(
            "build-push-image",
            WorkflowRun.builder().repository("acme/app").build(),
            permissions,
            Map.of("AWS_ENDPOINT_URL", world.awsEndpoint()),
            Set.of(),
            steps);
    JobReport report = new JobExecutor(setup).run(job);
    System.out.println(log);
    return report;
  }

  private static StepPlan uses(String name, String id, String action, Map<String, String> with) {
    return StepPlan.fixed(
        JobStep.of(
            name, Optional.ofNullable(id), new StepAction.Uses(ActionRef.parse(action), with)));
  }

  private static StepPlan script(String name, String script) {
    return StepPlan.fixed(
        JobStep.of(name, Optional.empty(), new StepAction.Run(ScriptStep.of(script))));
  }

  private static StepPlan configure(String version, String role, Map<String, String> more) {
    Map<String, String> with =
        new LinkedHashMap<>(Map.of("role-to-assume", role, "aws-region", "us-east-1"));
    with.putAll(more);
    return uses(
        "Configure AWS credentials",
        "creds",
        "aws-actions/configure-aws-credentials@" + version,
        with);
  }

  /** A job with {@code id-token: write} that configures credentials with v4, then {@code next}. */
  private JobReport afterConfigureV4(StepPlan next) {
    return run(idTokenWrite(), List.of(configure("v4", TRUSTING, Map.of()), next));
  }

  private static Permissions idTokenWrite() {
    return Permissions.of(Map.of("id-token", "write", "contents", "read", "actions", "read"));
  }

  @Test
  void configureV4_assumesTheRoleWithTheJobsToken_andExportsMaskedCredentials() {
    JobReport report =
        afterConfigureV4(
            script(
                "Use them",
                "echo \"key ${AWS_ACCESS_KEY_ID:0:4}… region $AWS_REGION $AWS_DEFAULT_REGION\"\n"
                    + "test -n \"$AWS_SESSION_TOKEN\" && echo has-session-token\n"
                    + "echo \"full key: $AWS_ACCESS_KEY_ID\""));

    assertThat(report.status()).isEqualTo(JobStatus.SUCCESS);
    StepReport configure = report.steps().get(0);
    assertThat(configure.outputs())
        .containsEntry("aws-account-id", ACCOUNT)
        .containsEntry(
            "authenticated-arn",
            "arn:aws:sts::" + ACCOUNT + ":assumed-role/GithubOIDCIAMRole/GitHubActions");
    assertThat(log.toString())
        .contains("Assuming role with OIDC", "Authenticated as assumedRoleId ")
        .contains("key ASIA… region us-east-1 us-east-1", "has-session-token", "full key: ***")
        .contains(
            "    AWS_ACCESS_KEY_ID: ***\n    AWS_SECRET_ACCESS_KEY: ***\n    AWS_SESSION_TOKEN: ***");
    assertThat(report.steps())
        .extracting(StepReport::name)
        .endsWith("Post Configure AWS credentials");
  }

  @Test
  void configureV4_accessKeysWithoutRole_exportsThemAndTheAccount() {
    JobReport report =
        run(
            Permissions.none(),
            List.of(
                uses(
                    "Keys",
                    "keys",
                    "aws-actions/configure-aws-credentials@v4",
                    Map.of(
                        "aws-access-key-id", "test",
                        "aws-secret-access-key", "test",
                        "aws-region", "us-east-1")),
                script("Use them", "echo \"secret is $AWS_SECRET_ACCESS_KEY\"")));

    assertThat(report.status()).as(log.toString()).isEqualTo(JobStatus.SUCCESS);
    assertThat(report.steps().get(0).outputs()).containsEntry("aws-account-id", ACCOUNT);
    assertThat(log.toString())
        .contains("Proceeding with IAM user credentials")
        .contains("secret is ***");
  }

  @Test
  void configureV4_roleChaining_assumesTheNextRoleWithTheFirstRolesCredentials() {
    JobReport report =
        afterConfigureV4(
            uses(
                "Chain",
                "chain",
                "aws-actions/configure-aws-credentials@v4",
                Map.of(
                    "role-to-assume", "arn:aws:iam::" + ACCOUNT + ":role/ChainedRole",
                    "role-chaining", "true",
                    "aws-region", "us-east-1")));

    assertThat(report.status()).as(log.toString()).isEqualTo(JobStatus.SUCCESS);
    assertThat(report.steps().get(1).outputs())
        .containsEntry(
            "authenticated-arn",
            "arn:aws:sts::" + ACCOUNT + ":assumed-role/ChainedRole/GitHubActions");
    assertThat(log.toString()).contains("Assuming role with user credentials");
  }

  @Test
  void configureV1_withoutIdTokenPermission_failsAsOnGitHub() {
    JobReport report =
        run(
            Permissions.of(Map.of("contents", "read")),
            List.of(
                script("Token variables", "echo \"url=${ACTIONS_ID_TOKEN_REQUEST_URL:-unset}\""),
                configure("v1", TRUSTING, Map.of())));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(log.toString())
        .contains("url=unset")
        .contains(
            "Error: Credentials could not be loaded, please check your action inputs: Could not load"
                + " credentials from any providers");
  }

  @Test
  void configureV4_withoutIdTokenPermission_hintsAtIt_andFails() {
    JobReport report = run(Permissions.none(), List.of(configure("v4", TRUSTING, Map.of())));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(log.toString())
        .contains("Did you mean to set the `id-token` permission?")
        .contains(
            "Error: Credentials could not be loaded, please check your action inputs: Could not load"
                + " credentials from any providers");
  }

  @Test
  void configureV4_roleThatDoesNotTrustTheJob_isAccessDenied() {
    JobReport report = run(idTokenWrite(), List.of(configure("v4", DISTRUSTING, Map.of())));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(report.steps().get(0).annotations())
        .extracting(annotation -> annotation.message())
        .containsExactly(
            "Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity");
  }

  @Test
  void configureV1_roleThatDoesNotTrustTheJob_printsStsMessageAlone() {
    JobReport report = run(idTokenWrite(), List.of(configure("v1", DISTRUSTING, Map.of())));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(log.toString())
        .contains("Error: Not authorized to perform sts:AssumeRoleWithWebIdentity");
  }

  @Test
  void configureV4_wrongAudience_isRefusedByStsAsAnIdentityTokenProblem() {
    JobReport report =
        run(idTokenWrite(), List.of(configure("v4", TRUSTING, Map.of("audience", "not-sts"))));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(log.toString())
        .contains("Error: Could not assume role with OIDC: Incorrect token audience");
  }

  @Test
  void seedJob_checkoutCredentialsEcrLoginAndDockerPush() throws Exception {
    assumeTrue(Docker.answers(), "no Docker engine answers `docker info`");
    Files.writeString(source.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
    Files.writeString(source.resolve("hello.txt"), "hello from the rehearsal\n");
    StepPlan push =
        new StepPlan(
            Optional.empty(),
            progress ->
                JobStep.of(
                        "Build, tag, and push image to Amazon ECR",
                        Optional.empty(),
                        new StepAction.Run(
                            ScriptStep.of(
                                "docker build -t $ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG .\n"
                                    + "docker push $ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG\n"
                                    + "docker rmi $ECR_REGISTRY/$ECR_REPOSITORY:$IMAGE_TAG")))
                    .withEnv(
                        Map.of(
                            "ECR_REGISTRY",
                                progress.outputs("login-ecr").getOrDefault("registry", ""),
                            "ECR_REPOSITORY", "test-service",
                            "IMAGE_TAG", "test")));

    JobReport report =
        run(
            idTokenWrite(),
            List.of(
                uses("Checkout", null, "actions/checkout@v2", Map.of()),
                configure("v1", TRUSTING, Map.of()),
                uses(
                    "Login to Amazon ECR",
                    "login-ecr",
                    "aws-actions/amazon-ecr-login@v1",
                    Map.of()),
                push));

    String registry = "127.0.0.1:" + world.awsPort();
    String suffix = registry.replace('.', '_').replace(':', '_');
    assertThat(report.status()).as(log.toString()).isEqualTo(JobStatus.SUCCESS);
    StepReport login = report.steps().get(2);
    assertThat(login.outputs())
        .containsEntry("registry", registry)
        .containsEntry("docker_username_" + suffix, "AWS")
        .containsKey("docker_password_" + suffix);
    assertThat(log.toString())
        .contains("Warning: Your docker password is not masked.")
        .contains("Logging into registry " + registry)
        .contains("Logging out of registry " + registry);
    assertThat(report.steps())
        .extracting(StepReport::name)
        .containsExactly(
            "Checkout",
            "Configure AWS credentials",
            "Login to Amazon ECR",
            "Build, tag, and push image to Amazon ECR",
            "Post Login to Amazon ECR",
            "Post Configure AWS credentials");
  }

  @Test
  void ecrLoginV2_masksThePassword() {
    assumeTrue(Docker.answers(), "no Docker engine answers `docker info`");
    JobReport report =
        afterConfigureV4(
            uses("Login to Amazon ECR", "login-ecr", "aws-actions/amazon-ecr-login@v2", Map.of()));

    assertThat(report.status()).as(log.toString()).isEqualTo(JobStatus.SUCCESS);
    String suffix = ("127.0.0.1:" + world.awsPort()).replace('.', '_').replace(':', '_');
    assertThat(report.steps().get(1).outputs()).containsEntry("docker_password_" + suffix, "***");
    assertThat(log.toString()).contains("Using environment variable credentials.");
  }

  @Test
  void jobEnd_endsItsRegistration_soItsRequestTokenNoLongerGetsTokens() throws Exception {
    Path saved = work.resolve("token-variables");
    run(
        idTokenWrite(),
        List.of(
            script(
                "Keep the token variables",
                "echo \"$ACTIONS_ID_TOKEN_REQUEST_URL\" > "
                    + saved
                    + "\n"
                    + "echo \"$ACTIONS_ID_TOKEN_REQUEST_TOKEN\" >> "
                    + saved
                    + "\n"
                    + "echo \"token: $ACTIONS_ID_TOKEN_REQUEST_TOKEN\"")));
    List<String> variables = Files.readAllLines(saved);
    IdTokenClient afterTheJob =
        new IdTokenClient(
            Map.of(
                "ACTIONS_ID_TOKEN_REQUEST_URL", variables.get(0),
                "ACTIONS_ID_TOKEN_REQUEST_TOKEN", variables.get(1),
                "NODE_EXTRA_CA_CERTS", world.oidcData().resolve("ca.pem").toString()),
            secret -> {});

    assertThat(log.toString()).contains("token: ***").doesNotContain(variables.get(1));
    // The oidc-emulator no longer knows the job: 404, which @actions/core reads as no token.
    assertThatThrownBy(() -> afterTheJob.getIdToken("sts.amazonaws.com"))
        .hasMessage("Error message: Response json body do not have ID Token field");
  }
}
