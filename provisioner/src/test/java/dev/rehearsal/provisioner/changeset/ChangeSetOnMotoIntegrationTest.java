package dev.rehearsal.provisioner.changeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.provisioner.RecordingListener;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.StackPreview;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.Templates;
import dev.rehearsal.provisioner.servers.AgainstServer;
import dev.rehearsal.provisioner.servers.MotoServer;
import dev.rehearsal.provisioner.servers.TestServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CloudFormation way against moto's CloudFormation: the wiring (a change set made, described,
 * executed; the stack followed until it settles; a second apply with nothing to do; the stack
 * deleted). moto's answers are not AWS's, which is why the direct way exists: it reports success
 * while skipping {@code AWS::IAM::OIDCProvider} (the role then trusts {@code Federated: [null]}),
 * never asks for the IAM capability, emits no resource events, and answers an unchanged template's
 * change set with {@code ValidationError: No updates are to be performed.}
 */
class ChangeSetOnMotoIntegrationTest extends AgainstServer {
  private static final Map<String, String> ACME = Map.of("GitHubOrg", "acme");

  @Override
  protected TestServer start(Path dir) {
    return MotoServer.start();
  }

  @Test
  void seedStack_createdLeftAloneAndDeleted_throughChangeSets() {
    ChangeSetProvisioner cloudFormation = new ChangeSetProvisioner(clients);
    StackRequest request =
        StackRequest.of(
            Templates.STACK, Templates.seedWithRepository(), ACME, Set.of("CAPABILITY_NAMED_IAM"));

    StackPreview plan = cloudFormation.plan(request);
    assertThat(plan.exists()).isFalse();
    assertThat(plan.resources())
        .extracting(ResourceChange::logicalId)
        .containsExactlyInAnyOrder("GithubOidc", "Role", "Policy", "Repository");
    assertThat(clients.cloudFormation().listStacks().stackSummaries())
        .as("the plan's change set and its review stack are gone")
        .allSatisfy(s -> assertThat(s.stackStatusAsString()).isEqualTo("DELETE_COMPLETE"));

    RecordingListener created = new RecordingListener();
    StackResult first = cloudFormation.apply(request, created);
    assertThat(first.status()).as("%s", first.events()).isEqualTo("CREATE_COMPLETE");
    assertThat(first.succeeded()).isTrue();
    assertThat(created.statuses())
        .containsSubsequence(
            Templates.STACK + " CREATE_IN_PROGRESS", Templates.STACK + " CREATE_COMPLETE");
    assertThat(inspect.role(Templates.ROLE)).isPresent();
    assertThat(inspect.oidcProviders()).as("moto skipped the OIDC provider").isEmpty();
    assertThat(inspect.trustPolicy(Templates.ROLE)).contains("\"Federated\": [null]");

    RecordingListener again = new RecordingListener();
    StackResult second = cloudFormation.apply(request, again);
    assertThat(second.changed()).isFalse();
    assertThat(again.notes)
        .containsExactly("No changes to deploy. Stack github-oidc is up to date");

    StackResult deleted = cloudFormation.destroy(Templates.STACK, new RecordingListener());
    assertThat(deleted.status()).isEqualTo("DELETE_COMPLETE");
    assertThat(Stacks.describe(clients.cloudFormation(), Templates.STACK)).isEmpty();
  }
}
