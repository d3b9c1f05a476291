package dev.rehearsal.runner.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rehearsal.core.lifecycle.ParentWatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The oidc-emulator and the aws-emulator started from their built jars, wired as {@code rehearse
 * up} wires them (the aws-emulator fetches GitHub's issuer's keys from the oidc-emulator, trusting
 * its CA), each on a free port with its own data directory. A test that needs them is skipped, with
 * the command that builds them, when the jars are missing.
 */
public final class LocalWorld implements AutoCloseable {
  public static final String GITHUB_ISSUER = "https://token.actions.githubusercontent.com";
  private static final Path HOME =
      Path.of(System.getProperty("rehearsal.home", "..")).toAbsolutePath().normalize();

  private final Path data;
  private final List<Process> processes = new ArrayList<>();
  private int oidcPort;
  private int awsPort;

  private LocalWorld(Path data) {
    this.data = data;
  }

  /** Both emulators, ready; skips the calling test when their jars are not built. */
  public static LocalWorld start(Path data) throws IOException, InterruptedException {
    Path oidcJar = jar("oidc-emulator");
    Path awsJar = jar("aws-emulator");
    LocalWorld world = new LocalWorld(data);
    try {
      world.oidcPort =
          world.launch(
              oidcJar,
              "oidc",
              Map.of("quarkus.http.ssl-port", "0", "rehearsal.issuer", GITHUB_ISSUER));
      world.awsPort =
          world.launch(
              awsJar,
              "aws",
              Map.of(
                  "quarkus.http.port",
                  "0",
                  "rehearsal.issuers.github.url",
                  GITHUB_ISSUER,
                  "rehearsal.issuers.github.location",
                  "https://127.0.0.1:" + world.oidcPort,
                  "rehearsal.issuers.github.ca-file",
                  world.oidcData().resolve("ca.pem").toString()));
    } catch (IOException | InterruptedException | RuntimeException e) {
      world.close();
      throw e;
    }
    return world;
  }

  /** A file of the repository, e.g. {@code examples/seed/trust-policy.json}. */
  public static Path repositoryFile(String path) {
    return HOME.resolve(path);
  }

  private static Path jar(String module) {
    Path jar = HOME.resolve(module).resolve("target").resolve(module + "-runner.jar");
    assumeTrue(
        Files.isRegularFile(jar),
        jar + " is not built: ./mvnw -q -o -pl oidc-emulator,aws-emulator -am package -DskipTests");
    return jar;
  }

  private int launch(Path jar, String name, Map<String, String> properties)
      throws IOException, InterruptedException {
    Path home = Files.createDirectories(data.resolve(name));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-D" + ParentWatch.PROPERTY + "=" + ProcessHandle.current().pid());
    command.add("-Drehearsal.data-dir=" + home);
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    Path log = data.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    processes.add(process);
    Path portFile = home.resolve("port");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " emulator died: " + Files.readString(log));
      }
      if (Files.isRegularFile(portFile)) {
        String port = Files.readString(portFile, StandardCharsets.US_ASCII).strip();
        if (!port.isEmpty()) {
          return Integer.parseInt(port);
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        name + " emulator not ready in 2 minutes: " + Files.readString(log));
  }

  public Path oidcData() {
    return data.resolve("oidc");
  }

  public String awsEndpoint() {
    return "http://127.0.0.1:" + awsPort;
  }

  public int awsPort() {
    return awsPort;
  }

  @Override
  public void close() {
    for (Process process : processes) {
      process.destroy();
    }
    for (Process process : processes) {
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
