package dev.rehearsal.provisioner.changeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rehearsal.provisioner.ProvisionException;
import dev.rehearsal.provisioner.RecordingListener;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.ResourceChange.Action;
import dev.rehearsal.provisioner.StackPreview;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.Templates;
import dev.rehearsal.provisioner.servers.AgainstServer;
import dev.rehearsal.provisioner.servers.AwsEmulatorServer;
import dev.rehearsal.provisioner.servers.TestServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CloudFormation way against the aws-emulator's CloudFormation, the seed's way end to end:
 * refused without the IAM capability as CloudFormation refuses it, then created, left alone,
 * updated (the change set shows exactly the change), its role replaced, a failure rolled back, and
 * deleted, with every resource's events as they happen.
 */
class ChangeSetOnAwsEmulatorIntegrationTest extends AgainstServer {
  private static final Map<String, String> ACME = Map.of("GitHubOrg", "acme");
  private static final Set<String> NAMED_IAM = Set.of("CAPABILITY_NAMED_IAM");

  @Override
  protected TestServer start(Path dir) {
    return AwsEmulatorServer.start(dir.resolve("aws-emulator"));
  }

  private static StackRequest request(String template, Set<String> capabilities) {
    return StackRequest.of(Templates.STACK, template, ACME, capabilities);
  }

  @Test
  void seedCommandWithoutCapabilities_isRefusedAsCloudFormationRefusesIt() {
    ChangeSetProvisioner cloudFormation = new ChangeSetProvisioner(clients);

    assertThatThrownBy(
            () ->
                cloudFormation.apply(request(Templates.seed(), Set.of()), new RecordingListener()))
        .isInstanceOfSatisfying(
            ProvisionException.class,
            e -> {
              assertThat(e.code()).isEqualTo("InsufficientCapabilitiesException");
              assertThat(e.operation()).contains("CreateChangeSet");
              assertThat(e.getMessage())
                  .isEqualTo("Requires capabilities : [CAPABILITY_NAMED_IAM]");
            });
    assertThat(Stacks.describe(clients.cloudFormation(), Templates.STACK)).isEmpty();
  }

  @Test
  void seedStack_createdLeftAloneChangedReplacedAndDeleted() {
    ChangeSetProvisioner cloudFormation = new ChangeSetProvisioner(clients);
    String v1 = Templates.seedWithRepository();

    StackPreview fresh = cloudFormation.plan(request(v1, NAMED_IAM));
    assertThat(fresh.resources())
        .extracting(ResourceChange::logicalId, ResourceChange::action)
        .containsExactlyInAnyOrder(
            tuple("GithubOidc", Action.ADD),
            tuple("Role", Action.ADD),
            tuple("Policy", Action.ADD),
            tuple("Repository", Action.ADD));
    assertThat(Stacks.describe(clients.cloudFormation(), Templates.STACK)).isEmpty();

    RecordingListener created = new RecordingListener();
    StackResult first = cloudFormation.apply(request(v1, NAMED_IAM), created);
    assertThat(first.status()).as("%s", first.events()).isEqualTo("CREATE_COMPLETE");
    assertThat(created.statuses())
        .containsSubsequence(
            "GithubOidc CREATE_IN_PROGRESS",
            "GithubOidc CREATE_COMPLETE",
            "Role CREATE_COMPLETE",
            "Policy CREATE_COMPLETE",
            Templates.STACK + " CREATE_COMPLETE");
    assertThat(first.outputs())
        .containsEntry("RoleArn", "arn:aws:iam::000000000000:role/" + Templates.ROLE);
    assertThat(inspect.trustPolicy(Templates.ROLE))
        .contains("arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com");

    StackResult second = cloudFormation.apply(request(v1, NAMED_IAM), new RecordingListener());
    assertThat(second.changed()).isFalse();

    String v2 = Templates.narrowedSub(v1);
    StackPreview narrowed = cloudFormation.plan(request(v2, NAMED_IAM));
    assertThat(narrowed.changes())
        .singleElement()
        .satisfies(
            role -> {
              assertThat(role.logicalId()).isEqualTo("Role");
              assertThat(role.replacement()).isEqualTo("False");
              assertThat(role.details())
                  .singleElement()
                  .satisfies(
                      trust -> {
                        assertThat(trust.property()).isEqualTo("AssumeRolePolicyDocument");
                        assertThat(trust.before().toString()).contains("repo:acme/*");
                        assertThat(trust.after().toString())
                            .contains("repo:acme/app:ref:refs/heads/main");
                      });
            });
    StackResult updated = cloudFormation.apply(request(v2, NAMED_IAM), new RecordingListener());
    assertThat(updated.status()).as("%s", updated.events()).isEqualTo("UPDATE_COMPLETE");
    assertThat(inspect.trustPolicy(Templates.ROLE)).contains("repo:acme/app:ref:refs/heads/main");

    String v3 = Templates.renamedRole(v2);
    StackPreview renamed = cloudFormation.plan(request(v3, NAMED_IAM));
    assertThat(renamed.changes())
        .filteredOn(c -> c.logicalId().equals("Role"))
        .singleElement()
        .satisfies(role -> assertThat(role.replacement()).isEqualTo("True"));
    StackResult replaced = cloudFormation.apply(request(v3, NAMED_IAM), new RecordingListener());
    assertThat(replaced.status()).as("%s", replaced.events()).isEqualTo("UPDATE_COMPLETE");
    assertThat(inspect.role(Templates.ROLE)).isEmpty();
    assertThat(inspect.role("GithubOIDCIAMRoleV2")).isPresent();

    StackResult deleted = cloudFormation.destroy(Templates.STACK, new RecordingListener());
    assertThat(deleted.status()).as("%s", deleted.events()).isEqualTo("DELETE_COMPLETE");
    assertThat(inspect.role("GithubOIDCIAMRoleV2")).isEmpty();
    assertThat(inspect.oidcProviders()).isEmpty();
    assertThat(inspect.repository(Templates.REPOSITORY)).isEmpty();
  }

  @Test
  void failingResource_rollsTheStackBackWithItsReason() {
    ChangeSetProvisioner cloudFormation = new ChangeSetProvisioner(clients);
    String unknownPolicy = Templates.withBrokenRole(Templates.seed());

    StackResult result =
        cloudFormation.apply(request(unknownPolicy, NAMED_IAM), new RecordingListener());

    assertThat(result.status()).as("%s", result.events()).isEqualTo("ROLLBACK_COMPLETE");
    assertThat(result.succeeded()).isFalse();
    assertThat(result.failure())
        .hasValueSatisfying(
            f -> {
              assertThat(f.logicalId()).isEqualTo("Broken");
              assertThat(f.status()).isEqualTo("CREATE_FAILED");
              assertThat(f.reason()).isPresent();
            });
    assertThat(inspect.role(Templates.ROLE)).isEmpty();
    assertThat(cloudFormation.destroy(Templates.STACK, new RecordingListener()).status())
        .isEqualTo("DELETE_COMPLETE");
  }
}
