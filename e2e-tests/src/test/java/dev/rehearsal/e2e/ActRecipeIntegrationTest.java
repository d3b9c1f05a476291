package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.e2e.support.Act;
import dev.rehearsal.e2e.support.Emulators;
import dev.rehearsal.e2e.support.RepositoryFiles;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's recipe for nektos/act, as a user runs it: {@code rehearse job --format env} gives
 * act the job's {@code ACTIONS_ID_TOKEN_REQUEST_*} variables and the emulator's CA, and act runs
 * {@code examples/act}'s workflow on this machine ({@code -P ubuntu-latest=-self-hosted}): the
 * token fetched as {@code @actions/core}'s {@code getIDToken()} fetches it, the role assumed with
 * it, ECR's login, docker build and push. act ignores {@code permissions:}; the emulator does not.
 */
class ActRecipeIntegrationTest {
  @RegisterExtension
  static final SeedWorld world =
      SeedWorld.deploying(SeedStack.repository("Repository", "test-service", false))
          .onlyWithDocker();

  private final Emulators emulators = world.emulators();

  @TempDir Path folder;

  @BeforeAll
  static void actIsInstalled() {
    Act.assumeInstalled();
  }

  private Act act() {
    return Act.in(folder, RepositoryFiles.path("examples/act"), emulators);
  }

  @Test
  void pushToMainOfTheTrustedOrganisation_assumesTheRoleAndPushes() {
    Act.Outcome run = act().job("--repo", "acme/test-service", "--ref", "main").push();

    assertThat(run.exitCode()).as(run.log()).isZero();
    assertThat(run.log())
        .contains("arn:aws:sts::000000000000:assumed-role/GithubOIDCIAMRole/GitHubActions")
        .contains("Login Succeeded")
        .contains("Job succeeded");
    assertThat(emulators.images("test-service"))
        .anySatisfy(image -> assertThat(image.imageTags()).contains("test"));
  }

  /**
   * The seed's trust policy admits {@code repo:acme/*} only (STS's answer, as the CLI prints it).
   */
  @Test
  void jobOfAnotherOrganisation_isRefusedByTheTrustPolicy() {
    Act.Outcome run = act().job("--repo", "evil/test-service", "--ref", "main").push();

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.log())
        .contains(
            "An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity"
                + " operation: Not authorized to perform sts:AssumeRoleWithWebIdentity")
        .contains("Job failed");
  }

  /**
   * Without {@code id-token: write} GitHub gives the job no request token (act would not know: it
   * ignores {@code permissions:}, so the job is registered without it).
   */
  @Test
  void jobWithoutIdTokenPermission_getsNoRequestToken() {
    Act.Outcome run =
        act().job("--repo", "acme/test-service", "--ref", "main", "--no-id-token").push();

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.log()).contains("no ACTIONS_ID_TOKEN_REQUEST_TOKEN: the job has no id-token");
  }
}
