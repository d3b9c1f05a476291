package dev.rehearsal.cli.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code rehearse provision} refuses before it asks any service anything. */
class ProvisionCommandTest {
  @TempDir Path temp;

  @Test
  void provisionAlone_listsItsCommandsOnStderr_exitsTwo() {
    CliRun run = CliRun.of("provision");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("plan", "apply", "destroy", "rehearse provision --help");
  }

  @Test
  void apply_withoutEndpointOrRunningWorld_saysWhereItCouldGo_exitsTwo() {
    assumeTrue(System.getenv(TargetOptions.ENDPOINT_ENV) == null, "AWS_ENDPOINT_URL is set here");
    CliRun run =
        CliRun.of(
            "provision",
            "apply",
            seed(),
            "--stack-name",
            "github-oidc",
            "-p",
            "GitHubOrg=acme",
            "--data",
            temp.toString());

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("no world is running", "rehearse up", "--endpoint-url", "--aws");
  }

  @Test
  void unknownCapability_isRefused_exitsTwo() {
    CliRun run =
        CliRun.of(
            "provision",
            "plan",
            seed(),
            "--stack-name",
            "github-oidc",
            "--capabilities",
            "CAPABILITY_EVERYTHING",
            "--endpoint-url",
            "http://127.0.0.1:9");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("CAPABILITY_NAMED_IAM", "CAPABILITY_EVERYTHING");
  }

  @Test
  void awsAndEndpointTogether_areRefused_exitsTwo() {
    CliRun run =
        CliRun.of(
            "provision",
            "destroy",
            "--stack-name",
            "github-oidc",
            "--aws",
            "--endpoint-url",
            "http://127.0.0.1:9");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("--aws and --endpoint-url");
  }

  @Test
  void unknownResourceType_isRefusedNamingTheResource_exitsTwo() throws Exception {
    Path template = temp.resolve("bucket.yaml");
    java.nio.file.Files.writeString(template, "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n");

    CliRun run =
        CliRun.of(
            "provision",
            "plan",
            template.toString(),
            "--stack-name",
            "s",
            "--endpoint-url",
            "http://127.0.0.1:9");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("AWS::S3::Bucket", "Bucket", "line 3");
  }

  @Test
  void cyclicReferences_areRefusedNamingTheResources_exitsTwo() throws Exception {
    Path template = temp.resolve("cycle.yaml");
    java.nio.file.Files.writeString(
        template,
        """
        Resources:
          First:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: !Ref Second
              PolicyDocument: {Version: '2012-10-17', Statement: []}
          Second:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: !Ref First
              PolicyDocument: {Version: '2012-10-17', Statement: []}
        """);

    CliRun run =
        CliRun.of(
            "provision",
            "apply",
            template.toString(),
            "--stack-name",
            "s",
            "--direct",
            "--endpoint-url",
            "http://127.0.0.1:9");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("Circular dependency", "First", "Second");
  }

  @Test
  void unreachableEndpoint_isNamed_exitsTwo() {
    CliRun run =
        CliRun.of(
            "provision",
            "plan",
            seed(),
            "--stack-name",
            "github-oidc",
            "-p",
            "GitHubOrg=acme",
            "--direct",
            "--state",
            temp.resolve("s.json").toString(),
            "--endpoint-url",
            "http://127.0.0.1:9");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("EndpointConnectionError", "GetCallerIdentity");
  }

  @Test
  void oneCommandShape_planAndDestroyTogether_areRefused() {
    CliRun run = CliRun.of("provision", seed(), "--plan", "--destroy");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("--plan and --destroy ask for two things");
  }

  @Test
  void oneCommandShape_directAndViaCloudformation_areRefused() {
    CliRun run =
        CliRun.of(
            "provision",
            seed(),
            "-p",
            "GitHubOrg=acme",
            "--direct",
            "--via",
            "cloudformation",
            "--plan",
            "--endpoint",
            "http://127.0.0.1:9");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("--direct and --via cloudformation name two ways");
  }

  @Test
  void oneCommandShape_destroyWithoutTemplateOrName_asksForTheName() {
    CliRun run = CliRun.of("provision", "--destroy", "--endpoint", "http://127.0.0.1:9");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("give the stack's name with --stack-name NAME");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "examples/seed/stack.yaml, stack",
    "HEAD~1:stack-v2.yml, stack-v2",
    "github_oidc.json, github-oidc",
  })
  void stackName_defaultsToTheTemplateFilesName(String template, String expected) {
    TargetOptions target = new TargetOptions();

    target.nameStack(java.util.Optional.of(template));

    assertThat(target.stackName).isEqualTo(expected);
  }

  private static String seed() {
    return Path.of(System.getProperty("rehearsal.home", ".."), "examples/seed/stack.yaml")
        .toString();
  }
}
