package dev.rehearsal.provisioner.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.cloudformation.source.TemplateException;
import dev.rehearsal.provisioner.LintRefusal;
import dev.rehearsal.provisioner.PropertyDelta;
import dev.rehearsal.provisioner.ProvisionException;
import dev.rehearsal.provisioner.RecordingListener;
import dev.rehearsal.provisioner.ResourceChange;
import dev.rehearsal.provisioner.ResourceChange.Action;
import dev.rehearsal.provisioner.StackPreview;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.Templates;
import dev.rehearsal.provisioner.servers.AgainstServer;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The direct way against a real server (issue 14): the seed's stack with an ECR repository applied,
 * applied again (nothing to do), changed (the plan shows exactly the change), its role replaced,
 * destroyed; failures rolled back; refusals before anything is made. Each server's test class
 * starts its own server.
 */
abstract class DirectWayContract extends AgainstServer {
  private static final Map<String, String> ACME = Map.of("GitHubOrg", "acme");

  /** The first template with its trust policy's {@code sub} narrowed: an update of the role. */
  String narrowed(String template) {
    return Templates.narrowedSub(template);
  }

  private DirectProvisioner provisioner(String name) {
    return new DirectProvisioner(clients, dir.resolve("state").resolve(name + ".json"));
  }

  private static StackRequest request(String template) {
    return StackRequest.of(Templates.STACK, template, ACME, Set.of());
  }

  @Test
  void seedStack_appliedTwiceChangedReplacedAndDestroyed() {
    DirectProvisioner direct = provisioner("lifecycle");
    String v1 = Templates.seedWithRepository();

    StackPreview fresh = direct.plan(request(v1));
    assertThat(fresh.exists()).isFalse();
    assertThat(fresh.resources())
        .extracting(ResourceChange::logicalId)
        .containsExactlyInAnyOrder("GithubOidc", "Role", "Policy", "Repository");
    assertThat(fresh.resources()).extracting(ResourceChange::action).containsOnly(Action.ADD);

    RecordingListener created = new RecordingListener();
    StackResult first = direct.apply(request(v1), created);
    assertThat(first.status()).as("%s", first.events()).isEqualTo("CREATE_COMPLETE");
    assertThat(first.succeeded()).isTrue();
    assertThat(created.statuses())
        .containsSubsequence("Role CREATE_IN_PROGRESS", "Role CREATE_COMPLETE")
        .containsSubsequence("GithubOidc CREATE_COMPLETE", "Role CREATE_IN_PROGRESS")
        .containsSubsequence("Role CREATE_COMPLETE", "Policy CREATE_IN_PROGRESS")
        .endsWith(Templates.STACK + " CREATE_COMPLETE");
    String account = server.accountId();
    assertThat(first.outputs())
        .containsEntry("RoleArn", "arn:aws:iam::" + account + ":role/" + Templates.ROLE);
    assertThat(inspect.trustPolicy(Templates.ROLE))
        .contains("repo:acme/*", "oidc-provider/token.actions.githubusercontent.com");
    assertThat(inspect.rolePolicies(Templates.ROLE)).containsExactly("AllowPushImagesToECR");
    assertThat(inspect.oidcProviders())
        .contains("arn:aws:iam::" + account + ":oidc-provider/token.actions.githubusercontent.com");
    assertThat(inspect.repository(Templates.REPOSITORY))
        .hasValueSatisfying(r -> assertThat(r.imageTagMutabilityAsString()).isEqualTo("IMMUTABLE"));

    RecordingListener again = new RecordingListener();
    StackResult second = direct.apply(request(v1), again);
    assertThat(second.changed()).isFalse();
    assertThat(second.status()).as("%s", second.events()).isEqualTo("CREATE_COMPLETE");
    assertThat(again.events).isEmpty();
    assertThat(again.previews).singleElement().satisfies(p -> assertThat(p.hasChanges()).isFalse());

    String v2 = narrowed(v1);
    StackPreview narrowed = direct.plan(request(v2));
    assertThat(narrowed.changes())
        .singleElement()
        .satisfies(
            role -> {
              assertThat(role.logicalId()).isEqualTo("Role");
              assertThat(role.action()).isEqualTo(Action.MODIFY);
              assertThat(role.replaces()).isFalse();
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
    StackResult updated = direct.apply(request(v2), new RecordingListener());
    assertThat(updated.status()).as("%s", updated.events()).isEqualTo("UPDATE_COMPLETE");
    assertThat(inspect.trustPolicy(Templates.ROLE)).contains("repo:acme/app:ref:refs/heads/main");

    String v3 = Templates.renamedRole(v2);
    StackPreview renamed = direct.plan(request(v3));
    assertThat(renamed.changes())
        .extracting(ResourceChange::logicalId, ResourceChange::replacement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Role", "True"),
            org.assertj.core.groups.Tuple.tuple("Policy", "False"));
    assertThat(renamed.changes().get(1).details())
        .extracting(PropertyDelta::property, PropertyDelta::evaluation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Roles", "Dynamic"));
    RecordingListener replacing = new RecordingListener();
    StackResult replaced = direct.apply(request(v3), replacing);
    assertThat(replaced.status()).as("%s", replaced.events()).isEqualTo("UPDATE_COMPLETE");
    assertThat(replacing.statuses())
        .containsSubsequence(
            "Role UPDATE_COMPLETE",
            "Policy UPDATE_COMPLETE",
            Templates.STACK + " UPDATE_COMPLETE_CLEANUP_IN_PROGRESS",
            "Role DELETE_COMPLETE",
            Templates.STACK + " UPDATE_COMPLETE");
    assertThat(inspect.role(Templates.ROLE)).isEmpty();
    assertThat(inspect.role("GithubOIDCIAMRoleV2"))
        .hasValueSatisfying(r -> assertThat(r.path()).isEqualTo("/ci/"));
    assertThat(inspect.rolePolicies("GithubOIDCIAMRoleV2")).containsExactly("AllowPushImagesToECR");
    assertThat(replaced.outputs())
        .containsEntry("RoleArn", "arn:aws:iam::" + account + ":role/ci/GithubOIDCIAMRoleV2");

    RecordingListener destroying = new RecordingListener();
    StackResult destroyed = direct.destroy(Templates.STACK, destroying);
    assertThat(destroyed.status()).as("%s", destroyed.events()).isEqualTo("DELETE_COMPLETE");
    assertThat(destroyed.succeeded()).isTrue();
    assertThat(destroying.statuses())
        .containsSubsequence(
            "Policy DELETE_COMPLETE", "Role DELETE_COMPLETE", "GithubOidc DELETE_COMPLETE");
    assertNothingLeft(direct, "GithubOIDCIAMRoleV2");
  }

  @Test
  void failedCreate_deletesEverythingItMadeAndSaysSo() {
    DirectProvisioner direct = provisioner("failed-create");
    String broken = Templates.withBrokenRole(Templates.seedWithRepository());

    RecordingListener listener = new RecordingListener();
    StackResult result = direct.apply(request(broken), listener);

    assertThat(result.succeeded()).isFalse();
    assertThat(result.status()).as("%s", result.events()).isEqualTo("ROLLBACK_COMPLETE");
    assertThat(result.failure())
        .hasValueSatisfying(
            f -> {
              assertThat(f.logicalId()).isEqualTo("Broken");
              assertThat(f.status()).isEqualTo("CREATE_FAILED");
              assertThat(f.reason())
                  .hasValueSatisfying(r -> assertThat(r).startsWith("NoSuchEntity"));
            });
    assertThat(listener.notes).anySatisfy(n -> assertThat(n).contains("Rolling back"));
    assertThat(listener.statuses())
        .containsSubsequence(
            "Broken CREATE_FAILED",
            Templates.STACK + " ROLLBACK_IN_PROGRESS",
            "Policy DELETE_COMPLETE",
            "Role DELETE_COMPLETE",
            Templates.STACK + " ROLLBACK_COMPLETE");
    assertThat(inspect.role("BrokenRole")).isEmpty();
    assertNothingLeft(direct, Templates.ROLE);
  }

  @Test
  void failedUpdate_putsBackWhatItChangedAndDeletesWhatItMade() {
    DirectProvisioner direct = provisioner("failed-update");
    String v1 = Templates.seedWithRepository();
    assertThat(direct.apply(request(v1), new RecordingListener()).succeeded()).isTrue();
    String broken = Templates.withBrokenRole(Templates.renamedRole(narrowed(v1)));

    RecordingListener listener = new RecordingListener();
    StackResult result = direct.apply(request(broken), listener);

    assertThat(result.status()).as("%s", result.events()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
    assertThat(result.failure())
        .hasValueSatisfying(f -> assertThat(f.logicalId()).isEqualTo("Broken"));
    assertThat(listener.statuses())
        .containsSubsequence(
            "Role UPDATE_COMPLETE",
            "Broken CREATE_FAILED",
            Templates.STACK + " UPDATE_ROLLBACK_IN_PROGRESS",
            "Policy UPDATE_COMPLETE",
            Templates.STACK + " UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS",
            "Role DELETE_COMPLETE",
            Templates.STACK + " UPDATE_ROLLBACK_COMPLETE");
    assertThat(inspect.role("GithubOIDCIAMRoleV2")).isEmpty();
    assertThat(inspect.trustPolicy(Templates.ROLE)).contains("repo:acme/*");
    assertThat(inspect.rolePolicies(Templates.ROLE)).containsExactly("AllowPushImagesToECR");
    assertThat(direct.apply(request(v1), new RecordingListener()).changed())
        .as("after the rollback the stack is the first template's again")
        .isFalse();

    direct.destroy(Templates.STACK, new RecordingListener());
    assertNothingLeft(direct, Templates.ROLE);
  }

  @Test
  void roleThatExistsAlready_failsItsCreate_andTheRollbackLeavesItAlone() {
    DirectProvisioner direct = provisioner("exists");
    clients
        .iam()
        .createRole(
            b ->
                b.roleName(Templates.ROLE)
                    .assumeRolePolicyDocument(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                            + "\"Action\":\"sts:AssumeRole\"}]}"));
    try {
      StackResult result = direct.apply(request(Templates.seed()), new RecordingListener());

      assertThat(result.status()).as("%s", result.events()).isEqualTo("ROLLBACK_COMPLETE");
      assertThat(result.failure())
          .hasValueSatisfying(
              f -> {
                assertThat(f.logicalId()).isEqualTo("Role");
                assertThat(f.reason())
                    .hasValueSatisfying(r -> assertThat(r).startsWith("EntityAlreadyExists"));
              });
      assertThat(inspect.role(Templates.ROLE)).as("the role made outside the stack").isPresent();
      assertThat(inspect.oidcProviders()).isEmpty();
      assertThat(Files.exists(direct.stateFile())).isFalse();
    } finally {
      clients.iam().deleteRole(b -> b.roleName(Templates.ROLE));
    }
  }

  @Test
  void trustPolicyIamWouldRefuse_isRefusedWithTheLintFindingBeforeAnythingIsMade() {
    DirectProvisioner direct = provisioner("unscoped");
    String unscoped =
        Templates.replaced(
            Templates.seed(),
            "'token.actions.githubusercontent.com:sub'",
            "'token.actions.githubusercontent.com:aud'");

    assertThatThrownBy(() -> direct.apply(request(unscoped), new RecordingListener()))
        .isInstanceOfSatisfying(
            LintRefusal.class,
            e -> {
              assertThat(e.code()).isEqualTo("MalformedPolicyDocument");
              assertThat(e.getMessage()).contains("Role (line ", "GHOIDC001");
            });
    assertThat(Files.exists(direct.stateFile())).isFalse();
    assertThat(inspect.role(Templates.ROLE)).isEmpty();
  }

  @Test
  void missingParameter_isRefusedNamingIt() {
    DirectProvisioner direct = provisioner("missing");
    StackRequest request = StackRequest.of(Templates.STACK, Templates.seed(), Map.of(), Set.of());

    assertThatThrownBy(() -> direct.plan(request))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("GitHubOrg");
  }

  @Test
  void destroy_ofAStackWithoutRecord_isRefused() {
    DirectProvisioner direct = provisioner("never-applied");

    assertThatThrownBy(() -> direct.destroy(Templates.STACK, new RecordingListener()))
        .isInstanceOfSatisfying(
            ProvisionException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ValidationError");
              assertThat(e.getMessage()).contains("Stack with id github-oidc does not exist");
            });
  }

  private void assertNothingLeft(DirectProvisioner direct, String role) {
    assertThat(Files.exists(direct.stateFile())).isFalse();
    assertThat(inspect.role(role)).isEmpty();
    assertThat(inspect.oidcProviders())
        .noneMatch(arn -> arn.endsWith("token.actions.githubusercontent.com"));
    assertThat(inspect.repository(Templates.REPOSITORY)).isEmpty();
  }
}
