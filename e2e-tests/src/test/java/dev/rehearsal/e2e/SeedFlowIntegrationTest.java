package dev.rehearsal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.e2e.support.DaemonlessPush;
import dev.rehearsal.e2e.support.Docker;
import dev.rehearsal.e2e.support.Emulators;
import dev.rehearsal.e2e.support.Registry;
import dev.rehearsal.e2e.support.Rehearsal;
import dev.rehearsal.e2e.support.RepositoryFiles;
import dev.rehearsal.e2e.support.RunOutcome;
import dev.rehearsal.e2e.support.SeedStack;
import dev.rehearsal.e2e.support.SeedWorld;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.Image;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * The seed article's flow end to end, as a user of this project rehearses it: {@code rehearse up},
 * the seed's stack deployed through CloudFormation (with the ECR repository {@code test-service} it
 * lacks), the seed's workflow run unchanged as a push to {@code main} of {@code acme/test-service},
 * and the image pulled back from ECR.
 */
class SeedFlowIntegrationTest {
  @RegisterExtension
  static final SeedWorld world =
      SeedWorld.deploying(SeedStack.repository("Repository", "test-service", false));

  /** This class's emulators, started before its first test. */
  private final Emulators emulators = world.emulators();

  @TempDir Path folder;

  @Test
  void seedStack_deployedThroughCloudFormation_makesTheProviderTheRoleAndTheRepository() {
    assertThat(world.stack().outputs())
        .containsEntry("RoleArn", "arn:aws:iam::000000000000:role/GithubOIDCIAMRole");
    Role role = emulators.root().iam().getRole(r -> r.roleName(SeedStack.ROLE)).role();
    assertThat(java.net.URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
        .contains("\"token.actions.githubusercontent.com:sub\"")
        .contains("\"repo:acme/*\"");
    assertThat(emulators.root().iam().listOpenIDConnectProviders().openIDConnectProviderList())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.arn())
                    .isEqualTo(
                        "arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com"));
    assertThat(
            world
                .emulators()
                .root()
                .ecr()
                .describeRepositories(r -> r.repositoryNames("test-service"))
                .repositories())
        .singleElement()
        .satisfies(
            r -> assertThat(r.repositoryUri()).isEqualTo(emulators.registry() + "/test-service"));
  }

  @Test
  void seedWorkflow_pushToMainOfAcmeTestService_pushesTheImageThatEcrServesBack() {
    Docker.assumeEngine();

    RunOutcome run = Rehearsal.of(emulators, folder).run(Rehearsal.pushToMain("acme/test-service"));

    assertThat(run.succeeded()).as(run.log()).isTrue();
    assertThat(run.log())
        .contains("The push refers to repository [" + emulators.registry() + "/test-service]");
    String pushed = run.pushedDigest();
    EcrClient ecr = emulators.root().ecr();
    List<Image> images =
        ecr.batchGetImage(
                r ->
                    r.repositoryName("test-service")
                        .imageIds(ImageIdentifier.builder().imageTag("test").build()))
            .images();
    assertThat(images)
        .singleElement()
        .satisfies(
            image -> {
              assertThat(image.imageId().imageDigest()).isEqualTo(pushed);
              // what ECR gives back is the manifest docker pushed, byte for byte
              assertThat(Registry.sha256(image.imageManifest().getBytes(StandardCharsets.UTF_8)))
                  .isEqualTo(pushed);
            });
    Registry.Manifest pulled = Registry.manifest(ecr, emulators.registry(), "test-service", "test");
    assertThat(pulled.digest()).isEqualTo(pushed);
    assertThat(pulled.computedDigest()).isEqualTo(pushed);
  }

  /**
   * No Docker engine needed: the seed's steps up to its credentials, then Jib core pushes with the
   * job's session credentials ({@link DaemonlessPush}); the role's rights and the registry are the
   * same as for {@code docker push}.
   */
  @Test
  void seedFlow_daemonless_theJobsCredentialsPushWithJib_andEcrServesTheImageBack()
      throws Exception {
    Path credentials = folder.resolve("credentials");

    RunOutcome run =
        Rehearsal.of(emulators, folder)
            .workflow(DaemonlessPush.workflow(RepositoryFiles.seedWorkflow(), credentials))
            .run(Rehearsal.pushToMain("acme/test-service"));
    assertThat(run.succeeded()).as(run.log()).isTrue();
    String pushed =
        DaemonlessPush.push(
            emulators.awsUrl(),
            credentials,
            emulators.registry() + "/test-service:daemonless",
            "pushed by Jib\n",
            folder.resolve("jib"));

    Registry.Manifest pulled =
        Registry.manifest(
            emulators.root().ecr(), emulators.registry(), "test-service", "daemonless");
    assertThat(pulled.digest()).isEqualTo(pushed);
    assertThat(pulled.computedDigest()).isEqualTo(pushed);
  }
}
