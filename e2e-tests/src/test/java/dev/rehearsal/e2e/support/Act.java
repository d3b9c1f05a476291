package dev.rehearsal.e2e.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.runner.shell.Shell;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * nektos/act run as the README's recipe runs it, on a copy of a folder made a git repository (act
 * reads its ref and sha from git), with the variables {@code rehearse job --format env} prints for
 * a job. act's cache and docker's login are kept inside the test's folder.
 */
public final class Act {
  /** Where {@code .ci/run} installs it: {@code go install github.com/nektos/act@v0.2.89}. */
  private static final Optional<Path> BINARY = locate();

  private final Path folder;
  private final Path repository;
  private final Emulators emulators;
  private Path envFile;

  private Act(Path folder, Path repository, Emulators emulators) {
    this.folder = folder;
    this.repository = repository;
    this.emulators = emulators;
  }

  public record Outcome(int exitCode, String log) {}

  /** Skips the calling test, saying how to install act, when it is not there. */
  public static void assumeInstalled() {
    assumeTrue(
        BINARY.isPresent(),
        "act is not installed (on PATH or in ~/go/bin): go install github.com/nektos/act@v0.2.89");
  }

  /** A git repository in {@code folder} holding a copy of {@code source}'s files. */
  public static Act in(Path folder, Path source, Emulators emulators) {
    Path repository = folder.resolve("repository");
    copy(source, repository);
    git(repository, "init", "-q", "-b", "main");
    git(repository, "add", "-A");
    git(
        repository,
        "-c",
        "user.name=e2e",
        "-c",
        "user.email=e2e@example.com",
        "commit",
        "-qm",
        "e2e");
    return new Act(folder, repository, emulators);
  }

  /** {@code rehearse job --format env ARGS}: registers the job act will run. */
  public Act job(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of("job", "--data", emulators.dataRoot().toString(), "--format", "env"));
    command.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Rehearse.execute(
            new PrintWriter(out, true), new PrintWriter(err, true), command.toArray(String[]::new));
    if (code != Rehearse.OK) {
      throw new IllegalStateException("rehearse job failed (" + code + "): " + err);
    }
    envFile = folder.resolve("job.env");
    write(envFile, out.toString());
    return this;
  }

  /**
   * {@code act push -P ubuntu-latest=-self-hosted --action-offline-mode --env-file job.env --var
   * AWS_ENDPOINT_URL=…}: the job on this machine, its output and exit code.
   */
  public Outcome push() {
    List<String> command =
        List.of(
            BINARY.orElseThrow().toString(),
            "push",
            "-P",
            "ubuntu-latest=-self-hosted",
            "--action-offline-mode",
            "--env-file",
            envFile.toString(),
            "--var",
            "AWS_ENDPOINT_URL=" + emulators.awsUrl(),
            "--env",
            "DOCKER_CONFIG=" + folder.resolve("docker"));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.put("XDG_CACHE_HOME", folder.resolve("cache").toString());
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("act did not finish in 5 minutes");
      }
      return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Path> locate() {
    String goBin = Path.of(System.getProperty("user.home"), "go", "bin").toString();
    return Shell.which(
        "act", System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + goBin);
  }

  private static void copy(Path source, Path target) {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void git(Path directory, String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
