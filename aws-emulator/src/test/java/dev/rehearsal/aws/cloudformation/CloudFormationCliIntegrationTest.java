package dev.rehearsal.aws.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.aws.cli.AwsCli;
import dev.rehearsal.aws.support.IsolatedEmulatorResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article's deploy command, verbatim, through the AWS CLI v2 (its {@code deploy}
 * customisation: change sets and waiters this project did not write) against the packaged emulator:
 * refused for the missing capability, as CloudFormation refuses it, then deployed, updated, and
 * deleted with nothing left behind.
 */
@QuarkusIntegrationTest
@WithTestResource(IsolatedEmulatorResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloudFormationCliIntegrationTest {
  private static final String TEMPLATE = "define_github_oidc_with_iam_role.yaml";

  /** The seed's stack plus the repository the seed's workflow pushes to (its stack has none). */
  private static final String REPOSITORY =
      """

        TestService:
          Type: 'AWS::ECR::Repository'
          Properties:
            RepositoryName: test-service
      """;

  @TempDir static Path work;

  @BeforeAll
  static void writeTheTemplate() throws IOException {
    assumeTrue(AwsCli.available(), "AWS CLI v2 not installed at /usr/bin/aws (Debian awscli)");
    String seed = Files.readString(Path.of("../examples/seed/stack.yaml"));
    String withRepository = seed.replace("\nOutputs:", REPOSITORY.stripTrailing() + "\n\nOutputs:");
    Files.writeString(work.resolve(TEMPLATE), withRepository);
  }

  private static AwsCli.Result deploy(String org, String... extra) {
    String[] command = {
      "cloudformation",
      "deploy",
      "--template-file",
      TEMPLATE,
      "--stack-name",
      "github-oidc",
      "--parameter-overrides",
      "GitHubOrg=" + org
    };
    String[] all = new String[command.length + extra.length];
    System.arraycopy(command, 0, all, 0, command.length);
    System.arraycopy(extra, 0, all, command.length, extra.length);
    return AwsCli.rootIn(work, all);
  }

  @Test
  @Order(1)
  void deploy_asTheSeedWritesIt_isRefusedForTheMissingNamedIamCapability() {
    var result = deploy("acme");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr())
        .contains(
            "An error occurred (InsufficientCapabilitiesException) when calling the"
                + " CreateChangeSet operation: Requires capabilities : [CAPABILITY_NAMED_IAM]");
    assertThat(AwsCli.root("iam", "list-open-id-connect-providers").stdout())
        .doesNotContain("oidc-provider");
  }

  @Test
  @Order(2)
  void deploy_withTheCapability_createsTheStack() {
    var result = deploy("acme", "--capabilities", "CAPABILITY_NAMED_IAM");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("Successfully created/updated stack - github-oidc");
    assertThat(AwsCli.root("iam", "get-role", "--role-name", "GithubOIDCIAMRole").stdout())
        .contains("repo:acme/*")
        .contains("oidc-provider/token.actions.githubusercontent.com");
    assertThat(AwsCli.root("iam", "list-open-id-connect-providers").stdout())
        .contains("arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com");
    assertThat(
            AwsCli.root(
                    "iam",
                    "get-role-policy",
                    "--role-name",
                    "GithubOIDCIAMRole",
                    "--policy-name",
                    "AllowPushImagesToECR")
                .stdout())
        .contains("ecr:PutImage");
    assertThat(
            AwsCli.root("ecr", "describe-repositories", "--repository-names", "test-service")
                .stdout())
        .contains("\"repositoryName\": \"test-service\"");
  }

  @Test
  @Order(3)
  void describeStacksAndEvents_showWhatCloudFormationReports() {
    var stacks = AwsCli.root("cloudformation", "describe-stacks", "--stack-name", "github-oidc");
    var events =
        AwsCli.root(
            "cloudformation",
            "describe-stack-events",
            "--stack-name",
            "github-oidc",
            "--query",
            "StackEvents[].[LogicalResourceId,ResourceStatus]",
            "--output",
            "text");

    assertThat(stacks.stdout())
        .contains("\"StackStatus\": \"CREATE_COMPLETE\"")
        .contains("\"OutputValue\": \"arn:aws:iam::000000000000:role/GithubOIDCIAMRole\"")
        .contains("\"ParameterValue\": \"acme\"");
    assertThat(events.stdout().lines().toList())
        .startsWith("github-oidc\tCREATE_COMPLETE")
        .contains(
            "GithubOidc\tCREATE_COMPLETE",
            "Role\tCREATE_COMPLETE",
            "Policy\tCREATE_COMPLETE",
            "TestService\tCREATE_COMPLETE",
            "github-oidc\tCREATE_IN_PROGRESS",
            "github-oidc\tREVIEW_IN_PROGRESS");
  }

  @Test
  @Order(4)
  void deploy_withAnotherOrganisation_updatesOnlyTheTrustPolicy() {
    var result = deploy("other-org", "--capabilities", "CAPABILITY_NAMED_IAM");
    var events =
        AwsCli.root(
            "cloudformation",
            "describe-stack-events",
            "--stack-name",
            "github-oidc",
            "--query",
            "StackEvents[0:5].[LogicalResourceId,ResourceStatus]",
            "--output",
            "text");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(AwsCli.root("iam", "get-role", "--role-name", "GithubOIDCIAMRole").stdout())
        .contains("repo:other-org/*");
    assertThat(events.stdout().lines().toList())
        .containsExactly(
            "github-oidc\tUPDATE_COMPLETE",
            "github-oidc\tUPDATE_COMPLETE_CLEANUP_IN_PROGRESS",
            "Role\tUPDATE_COMPLETE",
            "Role\tUPDATE_IN_PROGRESS",
            "github-oidc\tUPDATE_IN_PROGRESS");
  }

  @Test
  @Order(5)
  void deploy_ofTheSameTemplateAgain_hasNoChangesToDeploy() {
    var result = deploy("other-org", "--capabilities", "CAPABILITY_NAMED_IAM");

    assertThat(result.stdout()).contains("No changes to deploy. Stack github-oidc is up to date");
  }

  @Test
  @Order(6)
  void createStack_withAnUnscopedSub_rollsBackWithIamsReasonAndLeavesNothing() throws IOException {
    Files.writeString(
        work.resolve("unscoped.yaml"),
        """
        Resources:
          Unscoped:
            Type: AWS::IAM::Role
            Properties:
              RoleName: Unscoped
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: sts:AssumeRoleWithWebIdentity
                    Principal:
                      Federated: arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com
                    Condition:
                      StringLike:
                        token.actions.githubusercontent.com:sub: '*'
        """);

    var created =
        AwsCli.rootIn(
            work,
            "cloudformation",
            "create-stack",
            "--stack-name",
            "unscoped",
            "--template-body",
            "file://unscoped.yaml",
            "--capabilities",
            "CAPABILITY_NAMED_IAM");
    var waited =
        AwsCli.root("cloudformation", "wait", "stack-create-complete", "--stack-name", "unscoped");
    var events =
        AwsCli.root(
            "cloudformation",
            "describe-stack-events",
            "--stack-name",
            "unscoped",
            "--query",
            "StackEvents[?ResourceStatus=='CREATE_FAILED'].ResourceStatusReason",
            "--output",
            "text");

    assertThat(created.exitCode()).as(created.stderr()).isZero();
    assertThat(waited.exitCode()).isNotZero();
    assertThat(waited.stderr()).contains("ROLLBACK_COMPLETE");
    assertThat(events.stdout())
        .startsWith("Resource handler returned message: \"Trust policy with trusted principal")
        .contains("which is not scoped to all")
        .contains("HandlerErrorCode: InvalidRequest");
    assertThat(AwsCli.root("iam", "get-role", "--role-name", "Unscoped").stderr())
        .contains("NoSuchEntity");
  }

  @Test
  @Order(7)
  void deleteStack_removesEverythingTheStackMade() {
    var deleted = AwsCli.root("cloudformation", "delete-stack", "--stack-name", "github-oidc");
    var waited =
        AwsCli.root(
            "cloudformation", "wait", "stack-delete-complete", "--stack-name", "github-oidc");

    assertThat(deleted.exitCode()).as(deleted.stderr()).isZero();
    assertThat(waited.exitCode()).as(waited.stderr()).isZero();
    assertThat(AwsCli.root("iam", "get-role", "--role-name", "GithubOIDCIAMRole").stderr())
        .contains("NoSuchEntity");
    assertThat(AwsCli.root("iam", "list-open-id-connect-providers").stdout())
        .doesNotContain("oidc-provider");
    assertThat(
            AwsCli.root("ecr", "describe-repositories", "--repository-names", "test-service")
                .stderr())
        .contains("RepositoryNotFoundException");
    assertThat(
            AwsCli.root("cloudformation", "describe-stacks", "--stack-name", "github-oidc")
                .stderr())
        .contains("Stack with id github-oidc does not exist");
  }
}
