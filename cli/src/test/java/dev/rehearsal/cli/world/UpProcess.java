package dev.rehearsal.cli.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code rehearse up} as a user runs it, from the built jar, in a process of its own on free ports,
 * until it says it is ready; its output kept; stopped as Ctrl-C stops it.
 */
public final class UpProcess implements AutoCloseable {
  /** The repository the tests run in: the jars are built under it. */
  public static final Path HOME =
      Path.of(System.getProperty("rehearsal.home", "..")).toAbsolutePath();

  private final Process process;
  private final List<String> output = new ArrayList<>();

  private UpProcess(Process process) {
    this.process = process;
  }

  /** {@code java -jar rehearse.jar ARGS} with {@code rehearsal.home} set, as {@code ./rehearse}. */
  public static ProcessBuilder cli(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Drehearsal.home=" + HOME);
    command.add("-jar");
    command.add(HOME.resolve("cli/target/rehearse.jar").toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  public static UpProcess start(Path data) throws Exception {
    UpProcess up =
        new UpProcess(
            cli("up", "--data", data.toString(), "--aws-port", "0", "--oidc-port", "0")
                .redirectErrorStream(true)
                .start());
    BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(up.process.getInputStream(), StandardCharsets.UTF_8));
    Thread reader =
        new Thread(
            () -> {
              try {
                lines.lines().forEach(up::add);
              } catch (java.io.UncheckedIOException e) {
                // the process ended and its output with it
              }
            });
    reader.setDaemon(true);
    reader.start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!up.output().contains("Ctrl-C or")
        && Instant.now().isBefore(deadline)
        && up.process.isAlive()) {
      Thread.sleep(100);
    }
    assertThat(up.output()).as("rehearse up said").contains("ready in", "export AWS_ENDPOINT_URL=");
    return up;
  }

  private void add(String line) {
    synchronized (output) {
      output.add(line);
    }
  }

  public String output() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  public Process process() {
    return process;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
