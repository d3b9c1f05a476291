package dev.rehearsal.aws.ecr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EmulatorResource;
import dev.rehearsal.aws.support.Tool;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK for JavaScript v3's ECR client ({@code @aws-sdk/client-ecr}, what {@code
 * aws-actions/amazon-ecr-login} bundles) against the packaged emulator, doing what that action does
 * before {@code docker login}. Needs node and npm (CI installs them); skipped, saying so, without.
 */
@QuarkusIntegrationTest
@WithTestResource(EmulatorResource.class)
class EcrJavaScriptClientIntegrationTest {
  static final Path SOURCE = Path.of("src/test/ecr-client");
  static final Path CLIENT = Path.of("target/ecr-client");

  private static Tool node;

  @BeforeAll
  static void installClient() throws Exception {
    Optional<Path> nodeBin = Tool.find("node");
    Optional<Path> npm = Tool.find("npm");
    assumeTrue(nodeBin.isPresent() && npm.isPresent(), "node and npm are not installed");
    Files.createDirectories(CLIENT);
    for (String file : List.of("package.json", "package-lock.json", "login.mjs")) {
      Files.copy(SOURCE.resolve(file), CLIENT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(CLIENT.resolve("node_modules/@aws-sdk/client-ecr"))) {
      Tool.Result install =
          new Tool(npm.get(), Map.of())
              .run(null, "ci", "--no-audit", "--no-fund", "--prefix", CLIENT.toString());
      assumeTrue(
          install.exitCode() == 0,
          "npm could not install @aws-sdk/client-ecr (no registry?): " + install.all());
    }
    node =
        new Tool(
            nodeBin.get(),
            Map.of(
                "AWS_ACCESS_KEY_ID", "test",
                "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_CONFIG_FILE", "/dev/null",
                "AWS_SHARED_CREDENTIALS_FILE", "/dev/null"));
  }

  @Test
  void getAuthorizationToken_asAmazonEcrLoginReadsIt_namesThisRegistry() throws Exception {
    Tool.Result result =
        node.run(null, CLIENT.resolve("login.mjs").toString(), Clients.endpoint().toString());

    assertThat(result.exitCode()).as(result.all()).isZero();
    JsonNode answer = new ObjectMapper().readTree(result.stdout());
    assertThat(answer.path("username").asText()).isEqualTo("AWS");
    assertThat(answer.path("password").asText()).hasSizeGreaterThan(40);
    assertThat(answer.path("registry").asText()).isEqualTo(Clients.endpoint().getAuthority());
    assertThat(Duration.between(Instant.now(), Instant.parse(answer.path("expiresAt").asText())))
        .isBetween(Duration.ofHours(11), Duration.ofHours(12));
    assertThat(answer.path("missing").path("name").asText())
        .isEqualTo("RepositoryNotFoundException");
    assertThat(answer.path("missing").path("message").asText())
        .isEqualTo(
            "The repository with name 'js/missing' does not exist in the registry with id"
                + " '000000000000'");
  }
}
