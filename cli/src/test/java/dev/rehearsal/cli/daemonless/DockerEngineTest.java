package dev.rehearsal.cli.daemonless;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerEngineTest {
  @TempDir Path temp;

  @Test
  void probe_withoutDockerOnPath_saysSo() {
    DockerEngine engine = DockerEngine.probe(temp.toString());

    assertThat(engine.answers()).isFalse();
    assertThat(engine.reason()).isEqualTo("there is no docker command on PATH");
  }

  @Test
  void probe_ofADockerWhoseDaemonIsDown_givesDockersOwnWords() throws Exception {
    Path docker = temp.resolve("docker");
    Files.writeString(
        docker,
        "#!/bin/sh\necho 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock."
            + " Is the docker daemon running?' >&2\nexit 1\n");
    Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwx------"));

    DockerEngine engine = DockerEngine.probe(temp.toString());

    assertThat(engine.answers()).isFalse();
    assertThat(engine.reason())
        .isEqualTo(
            "'docker info' failed: Cannot connect to the Docker daemon at"
                + " unix:///var/run/docker.sock. Is the docker daemon running?");
  }

  @Test
  void standIn_installsAnExecutableDockerThatRunsThisClassPath() throws Exception {
    Path bin =
        StandIn.install(
            temp.resolve("bin"),
            temp.resolve("images"),
            java.util.Optional.empty(),
            java.util.Optional.empty());

    Path docker = bin.resolve("docker");
    assertThat(docker).isExecutable();
    assertThat(Files.readString(docker))
        .contains("export " + ImageStore.VARIABLE + "='" + temp.resolve("images") + "'")
        .contains(StandInDocker.class.getName());
  }
}
