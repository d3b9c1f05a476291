package dev.rehearsal.cli.provision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.provisioner.Templates;
import dev.rehearsal.provisioner.servers.AwsEmulatorServer;
import dev.rehearsal.provisioner.servers.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehearse provision} as a user runs it: the direct way against the world's aws-emulator
 * (found through the data directory's world.json, as {@code rehearse up} leaves it), and the
 * CloudFormation way against moto server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisionCommandIntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path data;
  private Path templates;
  private AwsEmulatorServer emulator;

  @BeforeAll
  void startWorld(@TempDir Path temp) throws Exception {
    data = temp.resolve("data");
    templates = Files.createDirectories(temp.resolve("templates"));
    emulator = AwsEmulatorServer.start(Files.createDirectories(temp.resolve("aws-emulator")));
    String url = emulator.target().endpoint().orElseThrow().toString();
    WorldRecord world =
        new WorldRecord(
            ProcessHandle.current().pid(),
            new WorldRecord.Endpoint(0, 0, "https://127.0.0.1:8443"),
            new WorldRecord.Endpoint(0, 0, url),
            "",
            Instant.now().toString());
    new DataDirectory(data).prepare();
    Files.writeString(data.resolve("world.json"), JSON.writeValueAsString(world));
  }

  @AfterAll
  void stopWorld() {
    if (emulator != null) {
      emulator.close();
    }
  }

  private String template(String name, String text) throws Exception {
    return Files.writeString(templates.resolve(name), text).toString();
  }

  private CliRun provision(String... args) {
    List<String> line = new ArrayList<>(List.of("provision"));
    line.addAll(List.of(args));
    line.addAll(List.of("--stack-name", Templates.STACK, "--data", data.toString()));
    return CliRun.of(line.toArray(String[]::new));
  }

  @Test
  void direct_applyTwiceChangeAndDestroy_againstTheWorldsEmulator() throws Exception {
    String v1 = template("v1.yaml", Templates.seedWithRepository());
    String v2 = template("v2.yaml", Templates.narrowedSub(Templates.seedWithRepository()));

    CliRun created = provision("apply", v1, "-p", "GitHubOrg=acme", "--direct");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(created.out())
        .contains(
            "plan for stack github-oidc (new): 4 to add, 0 to modify, 0 to remove",
            "+   Role (AWS::IAM::Role) GithubOIDCIAMRole",
            "CREATE_COMPLETE",
            "CREATE_COMPLETE: stack github-oidc created",
            "RoleArn = arn:aws:iam::000000000000:role/GithubOIDCIAMRole",
            "state record: " + data.resolve("provision"));

    CliRun again = provision("apply", v1, "-p", "GitHubOrg=acme", "--direct");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains(
            "0 to add, 0 to modify, 0 to remove, 4 resources unchanged",
            "No changes to deploy. Stack github-oidc is up to date");

    CliRun plan = provision("plan", v2, "-p", "GitHubOrg=acme", "--direct");
    assertThat(plan.exitCode()).isZero();
    assertThat(plan.out())
        .contains(
            "0 to add, 1 to modify, 0 to remove",
            "~   Role (AWS::IAM::Role) GithubOIDCIAMRole: AssumeRolePolicyDocument changed");
    assertThat(plan.out().lines().map(line -> line.strip().replaceAll(" +", " ")))
        .as("the trust policy's line diff")
        .containsSubsequence(
            "- \"token.actions.githubusercontent.com:sub\" : \"repo:acme/*\"",
            "+ \"token.actions.githubusercontent.com:sub\" : \"repo:acme/app:ref:refs/heads/main\"");

    CliRun updated = provision("apply", v2, "-p", "GitHubOrg=acme", "--direct", "--format", "json");
    assertThat(updated.exitCode()).as(updated.err()).isZero();
    JsonNode document = JSON.readTree(updated.out());
    assertThat(document.at("/way").asText()).isEqualTo("direct");
    assertThat(document.at("/result/status").asText()).isEqualTo("UPDATE_COMPLETE");
    assertThat(document.at("/plan/changes/0/details/0/property").asText())
        .isEqualTo("AssumeRolePolicyDocument");
    assertThat(updated.err()).as("progress goes to stderr").contains("UPDATE_COMPLETE");

    CliRun destroyed = provision("destroy", "--direct");
    assertThat(destroyed.exitCode()).as(destroyed.err()).isZero();
    assertThat(destroyed.out()).contains("DELETE_COMPLETE: stack github-oidc deleted");

    CliRun twice = provision("destroy", "--direct");
    assertThat(twice.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(twice.err()).contains("ValidationError: Stack with id github-oidc does not exist");
  }

  @Test
  void direct_trustPolicyIamWouldRefuse_isRefusedWithTheFinding_exitsTwo() throws Exception {
    String unscoped =
        template(
            "unscoped.yaml",
            Templates.replaced(
                Templates.seed(),
                "'token.actions.githubusercontent.com:sub'",
                "'token.actions.githubusercontent.com:aud'"));

    CliRun run = provision("apply", unscoped, "-p", "GitHubOrg=acme", "--direct");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("MalformedPolicyDocument", "Role (line ", "GHOIDC001");
    assertThat(run.out()).doesNotContain("CREATE_IN_PROGRESS");
  }

  @Test
  void cloudFormationWay_asTheSeedDeploys_asksForTheCapabilityThenCreatesUpdatesAndDeletes()
      throws Exception {
    String v1 = template("cfn-v1.yaml", Templates.seedWithRepository());
    String v2 = template("cfn-v2.yaml", Templates.narrowedSub(Templates.seedWithRepository()));

    CliRun refused = provision("apply", v1, "-p", "GitHubOrg=acme");
    assertThat(refused.exitCode()).as(refused.out()).isEqualTo(Rehearse.USAGE);
    assertThat(refused.err())
        .contains(
            "An error occurred (InsufficientCapabilitiesException) when calling the"
                + " CreateChangeSet operation: Requires capabilities : [CAPABILITY_NAMED_IAM]",
            "--capabilities CAPABILITY_NAMED_IAM",
            "Nothing was changed.");

    CliRun created =
        provision("apply", v1, "-p", "GitHubOrg=acme", "--capabilities", "CAPABILITY_NAMED_IAM");
    assertThat(created.exitCode()).as(created.out() + created.err()).isZero();
    assertThat(created.out())
        .contains(
            "plan for stack github-oidc (new): 4 to add",
            "GithubOidc",
            "CREATE_COMPLETE: stack github-oidc created",
            "RoleArn = arn:aws:iam::000000000000:role/GithubOIDCIAMRole");

    CliRun plan =
        provision("plan", v2, "-p", "GitHubOrg=acme", "--capabilities", "CAPABILITY_NAMED_IAM");
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out()).contains("0 to add, 1 to modify, 0 to remove", "Role (AWS::IAM::Role)");
    assertThat(plan.out().lines().map(line -> line.strip().replaceAll(" +", " ")))
        .as("the trust policy's line diff, core's values where the change set gives none")
        .contains(
            "+ \"token.actions.githubusercontent.com:sub\" : \"repo:acme/app:ref:refs/heads/main\"");

    CliRun updated =
        provision("apply", v2, "-p", "GitHubOrg=acme", "--capabilities", "CAPABILITY_NAMED_IAM");
    assertThat(updated.exitCode()).as(updated.out() + updated.err()).isZero();
    assertThat(updated.out()).contains("UPDATE_COMPLETE: stack github-oidc updated");

    CliRun deleted = provision("destroy");
    assertThat(deleted.exitCode()).as(deleted.out() + deleted.err()).isZero();
    assertThat(deleted.out()).contains("DELETE_COMPLETE: stack github-oidc deleted");
  }

  @Test
  void cloudFormationWay_againstMoto_createsAndDeletes() throws Exception {
    try (MotoServer moto = MotoServer.start()) {
      String url = moto.target().endpoint().orElseThrow().toString();
      String v1 = template("moto.yaml", Templates.seed());

      CliRun created =
          provision(
              "apply",
              v1,
              "-p",
              "GitHubOrg=acme",
              "--capabilities",
              "CAPABILITY_NAMED_IAM",
              "--endpoint-url",
              url);
      assertThat(created.exitCode()).as(created.err()).isZero();
      assertThat(created.out())
          .contains("github-oidc", "CREATE_COMPLETE: stack github-oidc created");

      CliRun deleted = provision("destroy", "--endpoint-url", url);
      assertThat(deleted.exitCode()).as(deleted.err()).isZero();
      assertThat(deleted.out()).contains("DELETE_COMPLETE");
    }
  }
}
