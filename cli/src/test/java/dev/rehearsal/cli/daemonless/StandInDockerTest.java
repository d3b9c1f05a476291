package dev.rehearsal.cli.daemonless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.cli.UserError;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stand-in's commands without a registry: login and logout keep docker's config.json as docker
 * does, build makes a local image with Jib (no engine, no network), and what needs an engine is
 * refused saying so.
 */
class StandInDockerTest {
  private static final String TAG = "127.0.0.1:5000/test-service:test";

  @TempDir Path temp;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private StandInDocker docker() {
    return new StandInDocker(
        Map.of(
            "DOCKER_CONFIG",
            temp.resolve("docker").toString(),
            ImageStore.VARIABLE,
            temp.resolve("images").toString()),
        temp,
        new java.io.ByteArrayInputStream(new byte[0]),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void login_thenLogout_keepsAndRemovesDockersAuthEntry() throws Exception {
    docker()
        .run(
            List.of("login", "--username", "AWS", "--password", "s3cret", "http://127.0.0.1:5000"));

    DockerConfig config = new DockerConfig(temp.resolve("docker"));
    assertThat(config.login("127.0.0.1:5000")).hasValue(new DockerConfig.Login("AWS", "s3cret"));
    assertThat(Files.readString(config.file())).contains("\"auth\" : \"QVdTOnMzY3JldA==\"");
    assertThat(printed()).contains("Login Succeeded");

    docker().run(List.of("logout", "127.0.0.1:5000"));

    assertThat(config.login("127.0.0.1:5000")).isEmpty();
    assertThat(printed()).contains("Removing login credentials for 127.0.0.1:5000");
  }

  @Test
  void build_fromScratch_storesTheImageAndPrintsItsId() throws Exception {
    Path context = Files.createDirectories(temp.resolve("context"));
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
    Files.writeString(context.resolve("hello.txt"), "hello\n");

    docker().run(List.of("build", "-t", TAG, context.toString()));

    assertThat(printed())
        .contains(StandInDocker.BANNER)
        .contains("Step 2/2 : COPY hello.txt /hello.txt")
        .containsPattern("Successfully built [0-9a-f]{12}")
        .contains("Successfully tagged " + TAG);
    assertThat(new ImageStore(temp.resolve("images")).tarball(TAG)).isRegularFile();
  }

  @Test
  void build_twice_givesTheSameImage() throws Exception {
    Path context = Files.createDirectories(temp.resolve("context"));
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
    Files.writeString(context.resolve("hello.txt"), "hello\n");

    docker().run(List.of("build", "-t", TAG, context.toString()));
    docker().run(List.of("build", "--tag=" + TAG, context.toString()));

    List<String> ids =
        printed().lines().filter(l -> l.startsWith("Successfully built")).distinct().toList();
    assertThat(ids).hasSize(1);
  }

  @Test
  void build_ofAMissingFile_failsAsDockerDoes() throws Exception {
    Path context = Files.createDirectories(temp.resolve("context"));
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY missing.txt /\n");

    assertThatThrownBy(() -> docker().run(List.of("build", "-t", TAG, context.toString())))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("COPY failed: file not found in build context")
        .hasMessageContaining("missing.txt");
  }

  @Test
  void push_ofAnImageNeverBuilt_failsAsDockerDoes() {
    assertThatThrownBy(() -> docker().run(List.of("push", TAG)))
        .hasMessage("An image does not exist locally with the tag: 127.0.0.1:5000/test-service");
  }

  @Test
  void info_andCommandsThatNeedAnEngine_sayThereIsNone() {
    assertThatThrownBy(() -> docker().run(List.of("info")))
        .hasMessageContaining("no Docker engine here")
        .hasMessageContaining("there is no Docker engine to describe");
    assertThatThrownBy(() -> docker().run(List.of("run", "alpine")))
        .hasMessageContaining("'docker run' needs a Docker engine and is not rehearsed");
  }
}
