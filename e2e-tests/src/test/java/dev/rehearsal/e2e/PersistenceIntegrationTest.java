package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.e2e.support.Docker;
import dev.rehearsal.e2e.support.Emulators;
import dev.rehearsal.e2e.support.Registry;
import dev.rehearsal.e2e.support.Rehearsal;
import dev.rehearsal.e2e.support.RunOutcome;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import dev.rehearsal.provisioner.aws.AwsClients;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * {@code rehearse up}, deploy (and push, with a Docker engine), {@code rehearse down}, {@code
 * rehearse up} again on the same data directory: what was deployed and pushed is still there, and
 * the seed's workflow runs against it.
 */
class PersistenceIntegrationTest {
  @RegisterExtension
  static final SeedWorld world =
      SeedWorld.deploying(SeedStack.repository("Repository", "test-service", false));

  /** This class's emulators, started before its first test. */
  private final Emulators emulators = world.emulators();

  private static long awsPidBefore;
  private static String pushedBefore;

  @TempDir Path folder;

  @BeforeAll
  static void pushThenRestart() {
    Emulators emulators = world.emulators();
    if (Docker.answers()) {
      RunOutcome before =
          Rehearsal.of(emulators, world.data().resolve("runs"))
              .imageContent("pushed before the restart\n")
              .run(Rehearsal.pushToMain("acme/test-service"));
      assertThat(before.succeeded()).as(before.log()).isTrue();
      pushedBefore = before.pushedDigest();
    }
    awsPidBefore = emulators.record().aws().pid();
    emulators.down();
    emulators.upAgain();
  }

  @Test
  void afterARestart_theStackTheProviderTheRoleAndTheRepositoryAreStillThere() {
    assertThat(emulators.record().aws().pid()).as("new processes").isNotEqualTo(awsPidBefore);
    AwsClients aws = emulators.root();

    Stack stack =
        aws.cloudFormation().describeStacks(r -> r.stackName(SeedStack.NAME)).stacks().get(0);

    assertThat(stack.stackStatusAsString()).isEqualTo("CREATE_COMPLETE");
    assertThat(stack.outputs())
        .anySatisfy(
            output -> {
              assertThat(output.outputKey()).isEqualTo("RoleArn");
              assertThat(output.outputValue())
                  .isEqualTo("arn:aws:iam::000000000000:role/GithubOIDCIAMRole");
            });
    assertThat(aws.iam().listOpenIDConnectProviders().openIDConnectProviderList()).hasSize(1);
    assertThat(aws.iam().getRole(r -> r.roleName(SeedStack.ROLE)).role().arn())
        .isEqualTo("arn:aws:iam::000000000000:role/GithubOIDCIAMRole");
    assertThat(aws.iam().listRolePolicies(r -> r.roleName(SeedStack.ROLE)).policyNames())
        .containsExactly("AllowPushImagesToECR");
    assertThat(
            aws.ecr().describeRepositories(r -> r.repositoryNames("test-service")).repositories())
        .hasSize(1);
  }

  @Test
  void afterARestart_theImagePushedBeforeIsServed_andTheSeedWorkflowPushesAgain() {
    Docker.assumeEngine();
    assertThat(emulators.images("test-service"))
        .singleElement()
        .satisfies(image -> assertThat(image.imageDigest()).isEqualTo(pushedBefore));

    RunOutcome run =
        Rehearsal.of(emulators, folder)
            .imageContent("pushed after the restart\n")
            .run(Rehearsal.pushToMain("acme/test-service"));

    assertThat(run.succeeded()).as(run.log()).isTrue();
    Registry.Manifest pulled =
        Registry.manifest(emulators.root().ecr(), emulators.registry(), "test-service", "test");
    assertThat(pulled.digest()).isEqualTo(run.pushedDigest());
  }
}
