package dev.rehearsal.provisioner.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.lifecycle.ParentWatch;
import dev.rehearsal.provisioner.aws.AwsTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The aws-emulator from its built jar, as {@code rehearse up} starts it: its own data directory, a
 * free port, this JVM's pid to watch so that it ends with the test run. Build the jar with {@code
 * ./mvnw -pl aws-emulator -am package -DskipTests} (the reactor builds it before this module).
 */
public final class AwsEmulatorServer implements TestServer {
  private static final Path HOME =
      Path.of(System.getProperty("rehearsal.home", "..")).toAbsolutePath().normalize();

  private final Process process;
  private final URI endpoint;

  private AwsEmulatorServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  public static AwsEmulatorServer start(Path dataDir) {
    Path jar = HOME.resolve("aws-emulator/target/aws-emulator-runner.jar");
    assertThat(jar)
        .as("the aws-emulator's jar; build it: ./mvnw -pl aws-emulator -am package -DskipTests")
        .isRegularFile();
    int port = TestServer.freePort();
    try {
      Process process =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-XX:TieredStopAtLevel=1",
                      "-XX:+UseSerialGC",
                      "-Dquarkus.http.port=" + port,
                      "-Drehearsal.data-dir=" + dataDir,
                      "-D" + ParentWatch.PROPERTY + "=" + ProcessHandle.current().pid(),
                      "-jar",
                      jar.toString()))
              .redirectErrorStream(true)
              .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
              .start();
      // The emulator writes its port file once its server is bound and its state loaded.
      Path portFile = dataDir.resolve("port");
      TestServer.await(
          process, () -> Files.exists(portFile), Duration.ofMinutes(2), "aws-emulator");
      return new AwsEmulatorServer(process, URI.create("http://127.0.0.1:" + port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public AwsTarget target() {
    return AwsTarget.emulator(endpoint, "us-east-1");
  }

  @Override
  public String accountId() {
    return "000000000000";
  }

  @Override
  public void close() {
    TestServer.stop(process);
  }
}
