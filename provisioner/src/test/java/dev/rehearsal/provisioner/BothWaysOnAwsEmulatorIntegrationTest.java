package dev.rehearsal.provisioner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.changeset.ChangeSetProvisioner;
import dev.rehearsal.provisioner.direct.DirectProvisioner;
import dev.rehearsal.provisioner.servers.AwsEmulatorServer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One plan, two executors (issue 14): the seed's stack applied through the aws-emulator's
 * CloudFormation and directly through its IAM and ECR leaves the same resources, as IAM and ECR
 * describe them, and the same outputs; each way's destroy leaves nothing.
 */
class BothWaysOnAwsEmulatorIntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void seedStack_appliedEitherWay_leavesTheSameResources() throws Exception {
    try (AwsEmulatorServer emulator = AwsEmulatorServer.start(dir.resolve("aws-emulator"));
        AwsClients clients = new AwsClients(emulator.target())) {
      Inspect inspect = new Inspect(clients.iam(), clients.ecr());
      StackRequest request =
          StackRequest.of(
              Templates.STACK,
              Templates.seedWithRepository(),
              Map.of("GitHubOrg", "acme"),
              Set.of("CAPABILITY_NAMED_IAM"));

      Map<String, Object> viaCloudFormation =
          appliedAndDestroyed(new ChangeSetProvisioner(clients), request, inspect);
      Map<String, Object> direct =
          appliedAndDestroyed(
              new DirectProvisioner(clients, dir.resolve("state.json")), request, inspect);

      assertThat(direct).isEqualTo(viaCloudFormation);
    }
  }

  /** What the stack made, as the services describe it; then the stack destroyed, nothing left. */
  private static Map<String, Object> appliedAndDestroyed(
      Provisioner provisioner, StackRequest request, Inspect inspect) throws Exception {
    StackResult applied = provisioner.apply(request, ProvisionListener.silent());
    assertThat(applied.succeeded()).as("%s", applied.events()).isTrue();
    Map<String, Object> made = new LinkedHashMap<>();
    made.put("outputs", applied.outputs());
    made.put("trust", json(inspect.trustPolicy(Templates.ROLE)));
    made.put("path", inspect.role(Templates.ROLE).orElseThrow().path());
    made.put("policies", inspect.rolePolicies(Templates.ROLE));
    made.put("push", json(inspect.rolePolicy(Templates.ROLE, "AllowPushImagesToECR")));
    made.put("providers", inspect.oidcProviders().stream().map(inspect::oidcProvider).toList());
    var repository = inspect.repository(Templates.REPOSITORY).orElseThrow();
    made.put(
        "repository",
        repository.repositoryUri()
            + " "
            + repository.imageTagMutabilityAsString()
            + " "
            + repository.imageScanningConfiguration());

    StackResult destroyed = provisioner.destroy(Templates.STACK, ProvisionListener.silent());
    assertThat(destroyed.status()).as("%s", destroyed.events()).isEqualTo("DELETE_COMPLETE");
    assertThat(inspect.role(Templates.ROLE)).isEmpty();
    assertThat(inspect.oidcProviders()).isEmpty();
    assertThat(inspect.repository(Templates.REPOSITORY)).isEmpty();
    return made;
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }
}
