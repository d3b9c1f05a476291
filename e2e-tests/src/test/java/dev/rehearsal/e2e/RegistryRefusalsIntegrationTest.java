package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.e2e.support.Emulators;
import dev.rehearsal.e2e.support.Rehearsal;
import dev.rehearsal.e2e.support.RepositoryFiles;
import dev.rehearsal.e2e.support.RunOutcome;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;

/**
 * The seed's workflow gets its credentials and logs in, and then the registry says no: the role may
 * not push, the repository does not exist, the tag is immutable — each as docker prints it in the
 * job's log (the account, role and region are the workflow's secrets there, hence {@code ***}).
 */
class RegistryRefusalsIntegrationTest {
  private static final String SEED = RepositoryFiles.seedWorkflow();
  private static final String READ_ONLY_ROLE = "ReadOnlyRole";

  @RegisterExtension
  static final SeedWorld world =
      SeedWorld.deploying(
              SeedStack.repository("Repository", "test-service", false),
              SeedStack.repository("ImmutableRepository", "immutable-service", true),
              SeedStack.role(
                  "ReadOnly",
                  READ_ONLY_ROLE,
                  "repo:acme/*",
                  SeedStack.repositoryArn("*"),
                  "ecr:BatchCheckLayerAvailability",
                  "ecr:GetDownloadUrlForLayer",
                  "ecr:BatchGetImage"))
          .onlyWithDocker();

  /** This class's emulators, started before its first test. */
  private final Emulators emulators = world.emulators();

  @TempDir Path folder;

  private Rehearsal rehearsal() {
    return Rehearsal.of(emulators, folder);
  }

  @Test
  void roleWithoutPushRights_theRegistryDeniesTheUpload() {
    RunOutcome run =
        rehearsal().role(READ_ONLY_ROLE).run(Rehearsal.pushToMain("acme/test-service"));

    assertThat(run.succeeded()).isFalse();
    assertThat(run.log())
        .contains("Logging into registry " + emulators.registry())
        .contains(
            "denied: User: arn:aws:sts::***:assumed-role/***/GitHubActions is not authorized to"
                + " perform: ecr:InitiateLayerUpload on resource:"
                + " arn:aws:ecr:***:***:repository/test-service because no identity-based policy"
                + " allows the ecr:InitiateLayerUpload action");
  }

  @Test
  void repositoryThatDoesNotExist_isNameUnknown() {
    String elsewhere = SEED.replace("ECR_REPOSITORY: test-service", "ECR_REPOSITORY: missing");

    RunOutcome run = rehearsal().workflow(elsewhere).run(Rehearsal.pushToMain("acme/test-service"));

    assertThat(run.succeeded()).isFalse();
    assertThat(run.log())
        .contains(
            "name unknown: The repository with name 'missing' does not exist in the registry with"
                + " id '***'");
  }

  @Test
  void immutableTag_pushedTwiceWithOtherContent_isRefusedAndKeepsTheFirstImage() {
    String immutable =
        SEED.replace("ECR_REPOSITORY: test-service", "ECR_REPOSITORY: immutable-service");
    RunOutcome first =
        rehearsal()
            .workflow(immutable)
            .imageContent("first\n")
            .run(Rehearsal.pushToMain("acme/test-service"));
    assertThat(first.succeeded()).as(first.log()).isTrue();

    RunOutcome second =
        rehearsal()
            .workflow(immutable)
            .imageContent("second\n")
            .run(Rehearsal.pushToMain("acme/test-service"));

    assertThat(second.succeeded()).isFalse();
    assertThat(second.log())
        .contains(
            "tag invalid: The image tag 'test' already exists in the 'immutable-service'"
                + " repository and cannot be overwritten because the tag is immutable.");
    assertThat(
            world
                .emulators()
                .root()
                .ecr()
                .batchGetImage(
                    r ->
                        r.repositoryName("immutable-service")
                            .imageIds(ImageIdentifier.builder().imageTag("test").build()))
                .images())
        .singleElement()
        .satisfies(
            image -> assertThat(image.imageId().imageDigest()).isEqualTo(first.pushedDigest()));
  }
}
