package dev.rehearsal.cli.daemonless;

import dev.rehearsal.runner.shell.Shell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether a Docker engine answers here, as a job's {@code docker build} would find it: the {@code
 * docker} on {@code PATH} and its {@code docker info} (which fails when the CLI cannot reach the
 * daemon). Why not, in docker's own words, when it does not.
 *
 * @param answers whether {@code docker info} succeeded
 * @param reason what was found: the engine's version, or why there is none
 */
public record DockerEngine(boolean answers, String reason) {
  private static final long TIMEOUT_SECONDS = 15;

  /** Probes the {@code docker} of {@code path} (a {@code PATH} value). */
  public static DockerEngine probe(String path) {
    Optional<Path> docker = Shell.which("docker", path);
    if (docker.isEmpty()) {
      return new DockerEngine(false, "there is no docker command on PATH");
    }
    try {
      Process info =
          new ProcessBuilder(docker.get().toString(), "info", "--format", "{{.ServerVersion}}")
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      String output = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!info.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        info.destroyForcibly();
        return new DockerEngine(false, "'docker info' did not answer within 15 s");
      }
      String said = lastLine(output);
      return info.exitValue() == 0
          ? new DockerEngine(true, "Docker engine " + said + " answers 'docker info'")
          : new DockerEngine(false, "'docker info' failed: " + said);
    } catch (IOException e) {
      return new DockerEngine(false, "'docker info' could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DockerEngine(false, "interrupted while asking 'docker info'");
    }
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    String last = lines[lines.length - 1].strip();
    return last.isEmpty() ? "(no output)" : last;
  }
}
