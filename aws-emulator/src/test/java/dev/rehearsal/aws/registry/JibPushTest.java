package dev.rehearsal.aws.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EcrFixtures;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.Sessions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * Jib core (Google's daemonless image builder, the rehearsal's way to push without a Docker engine)
 * building {@code FROM scratch} and pushing to the registry with the ECR password; its registry
 * client speaks the distribution API its own way (blob mounts, HEAD checks, manifest PUT by tag),
 * none of it written here.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class JibPushTest {
  @TempDir Path work;

  private JibContainer push(String image, AwsCredentials credentials) throws Exception {
    // Jib sends credentials over plain HTTP only when told to (its documented system property):
    // the registry is a loopback one, without TLS.
    System.setProperty("sendCredentialsOverHttp", "true");
    Path file = Files.writeString(work.resolve("hello.txt"), "built by Jib, daemonless");
    return Jib.fromScratch()
        .addLayer(List.of(file), AbsoluteUnixPath.get("/"))
        .containerize(
            Containerizer.to(
                    RegistryImage.named(image)
                        .addCredential("AWS", EcrFixtures.password(credentials)))
                .setAllowInsecureRegistries(true)
                .setOfflineMode(false));
  }

  @Test
  void jib_pushesAsTheSeedRole_andTheRegistryServesTheDigestItComputed() throws Exception {
    EcrFixtures.repository("clients/jib");
    String image = Clients.endpoint().getAuthority() + "/clients/jib:v1";

    JibContainer container = push(image, Sessions.seed());

    var served =
        RegistryHttp.loggedInAs(Clients.ROOT)
            .send(
                "HEAD",
                "/v2/clients/jib/manifests/v1",
                null,
                "Accept",
                "application/vnd.docker.distribution.manifest.v2+json");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Docker-Content-Digest"))
        .hasValue(container.getDigest().toString());
  }

  @Test
  void jib_asARoleWithoutPushRights_failsWithEcrsDenial() {
    EcrFixtures.repository("clients/jib-denied");
    String image = Clients.endpoint().getAuthority() + "/clients/jib-denied:v1";

    assertThatThrownBy(() -> push(image, Sessions.of("JibPullOnly", EcrFixtures.PULL_ONLY)))
        .satisfies(
            e ->
                assertThat(messages(e))
                    .contains(
                        "User: arn:aws:sts::000000000000:assumed-role/JibPullOnly/GitHubActions is not"
                            + " authorized to perform: ecr:InitiateLayerUpload"));
  }

  /** Every message along the cause chain: Jib wraps the registry's answer. */
  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
