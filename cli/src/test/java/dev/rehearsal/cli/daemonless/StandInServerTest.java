package dev.rehearsal.cli.daemonless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed {@code docker} script, run by bash as a job's step runs it, served in-process. */
class StandInServerTest {
  @TempDir Path temp;
  private StandInServer server;
  private Path docker;

  @BeforeEach
  void install() {
    server = StandInServer.start(temp.resolve("images"));
    docker =
        StandIn.install(
                temp.resolve("bin"), temp.resolve("images"), Optional.empty(), Optional.of(server))
            .resolve("docker");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Runs the script in {@code directory} with {@code stdin}; exit code, stdout, stderr. */
  private List<String> docker(Path directory, String stdin, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add(docker.toString());
    builder.command().addAll(List.of(args));
    builder.directory(directory.toFile());
    builder.environment().put("DOCKER_CONFIG", temp.resolve("config").toString());
    Process process = builder.start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return List.of(Integer.toString(process.exitValue()), out, err);
  }

  @Test
  void loginWithPasswordOnStdin_thenBuildOfTheCurrentFolder_runInThisProcess() throws Exception {
    Path context = Files.createDirectories(temp.resolve("context"));
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
    Files.writeString(context.resolve("hello.txt"), "hello\n");

    List<String> login =
        docker(context, "s3cret", "login", "--username", "AWS", "--password-stdin", "127.0.0.1:5");
    List<String> build = docker(context, "", "build", "-t", "127.0.0.1:5/app:test", ".");

    assertThat(login.get(0)).as(login.toString()).isEqualTo("0");
    assertThat(login.get(1)).contains("Login Succeeded");
    assertThat(new DockerConfig(temp.resolve("config")).login("127.0.0.1:5"))
        .hasValue(new DockerConfig.Login("AWS", "s3cret"));
    assertThat(build.get(0)).as(build.toString()).isEqualTo("0");
    assertThat(build.get(1)).contains("Successfully tagged 127.0.0.1:5/app:test");
  }

  @Test
  void aFailure_isOnStderr_withExitOne() throws Exception {
    List<String> push = docker(temp, "", "push", "127.0.0.1:5/never:built");

    assertThat(push.get(0)).isEqualTo("1");
    assertThat(push.get(1)).contains("The push refers to repository [127.0.0.1:5/never]");
    assertThat(push.get(2)).contains("An image does not exist locally with the tag");
  }
}
