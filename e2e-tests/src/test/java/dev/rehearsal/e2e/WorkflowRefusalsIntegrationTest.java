package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.e2e.support.Docker;
import dev.rehearsal.e2e.support.Emulators;
import dev.rehearsal.e2e.support.OidcAdmin;
import dev.rehearsal.e2e.support.Rehearsal;
import dev.rehearsal.e2e.support.RepositoryFiles;
import dev.rehearsal.e2e.support.RunOutcome;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import dev.rehearsal.runner.workflow.RunEvent;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's workflow where GitHub or STS says no — and where the seed's trust policy says yes when
 * a careful team would want a no — each with the message the job's log shows.
 */
class WorkflowRefusalsIntegrationTest {
  private static final String SEED = RepositoryFiles.seedWorkflow();
  private static final String ON_PULL_REQUESTS =
      SEED.replace("  push:\n    branches:", "  pull_request:\n    branches:");

  @RegisterExtension
  static final SeedWorld world =
      SeedWorld.deploying(SeedStack.repository("Repository", "test-service", false));

  /** This class's emulators, started before its first test. */
  private final Emulators emulators = world.emulators();

  @TempDir Path folder;

  private RunOutcome run(String workflow, RunEvent event) {
    return Rehearsal.of(emulators, folder).workflow(workflow).run(event);
  }

  @Test
  void withoutIdTokenPermission_theJobGetsNoToken_andConfigureAwsCredentialsFindsNoCredentials() {
    String withoutIdToken = SEED.replace("      id-token: write\n", "");

    RunOutcome run = run(withoutIdToken, Rehearsal.pushToMain("acme/test-service"));

    assertThat(run.succeeded()).isFalse();
    assertThat(run.log())
        .contains("(no id-token: write")
        .contains(
            "Error: Credentials could not be loaded, please check your action inputs: Could not"
                + " load credentials from any providers");
  }

  @Test
  void fromAnotherOrganisation_theSeedsTrustPolicyRefusesTheToken() {
    RunOutcome run = run(SEED, Rehearsal.pushToMain("evil/test-service"));

    assertThat(run.succeeded()).isFalse();
    assertThat(run.log())
        .contains("Error: Not authorized to perform sts:AssumeRoleWithWebIdentity");
  }

  @Test
  void pullRequest_theSeedsWorkflowUnchanged_isNotTriggered() {
    RunOutcome run = run(SEED, pullRequest());

    assertThat(run.report().triggered()).isFalse();
    assertThat(run.report().reason()).contains("pull_request");
  }

  /**
   * The point of the seed's weakness: {@code repo:acme/*} admits a pull request's token (its {@code
   * sub} is {@code repo:acme/test-service:pull_request}), so a workflow that runs on pull requests
   * pushes images with the deploy role.
   */
  @Test
  void pullRequestFromAcme_isAdmittedByTheSeedsTrustPolicy_andPushesTheImage() {
    Docker.assumeEngine();

    RunOutcome run = run(ON_PULL_REQUESTS, pullRequest());

    assertThat(run.succeeded()).as(run.log()).isTrue();
    assertThat(run.log()).contains("test: digest: " + run.pushedDigest());
    assertThat(world.emulators().images("test-service"))
        .anySatisfy(image -> assertThat(image.imageDigest()).isEqualTo(run.pushedDigest()));
    String token =
        world
            .emulators()
            .oidcAdmin()
            .token(
                OidcAdmin.runContext("acme/test-service", "refs/pull/7/merge")
                    .put("event_name", "pull_request")
                    .put("base_ref", "main")
                    .put("head_ref", "feature"));
    assertThat(emulators.assumeRole(SeedStack.ROLE, token).subjectFromWebIdentityToken())
        .isEqualTo("repo:acme/test-service:pull_request");
  }

  @Test
  void audienceOther_stsRefusesTheTokenForItsAudience() {
    String otherAudience =
        SEED.replace(
            "          aws-region: ${{ secrets.AWS_DEFAULT_REGION }}\n",
            "          aws-region: ${{ secrets.AWS_DEFAULT_REGION }}\n          audience: other\n");

    RunOutcome run = run(otherAudience, Rehearsal.pushToMain("acme/test-service"));

    assertThat(run.succeeded()).isFalse();
    assertThat(run.log()).contains("audience: other").contains("Error: Incorrect token audience");
  }

  private RunEvent pullRequest() {
    return RunEvent.pullRequest(
        "acme/test-service", 7, "main", "feature", "c".repeat(40), "dev", false);
  }
}
