package dev.rehearsal.cli.world;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.lifecycle.ParentWatch;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * One emulator running as a child process of the CLI: started from its jar with its settings as
 * system properties, its output appended to its log in the data directory, judged ready when its
 * readiness URL answers 200.
 */
public final class EmulatorProcess {
  static final String READY_PATH = "/_rehearsal/ready";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Emulator emulator;
  private final Process process;
  private final int port;
  private final Path log;

  private EmulatorProcess(Emulator emulator, Process process, int port, Path log) {
    this.emulator = emulator;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code jar} with {@code properties}; the CLI's pid goes along so that the emulator ends
   * itself when the CLI dies without a chance to stop it (kill -9), leaving no orphan.
   */
  static EmulatorProcess start(
      Emulator emulator,
      Path jar,
      int port,
      Map<String, String> properties,
      Path log,
      ClassDataArchive archive) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Start-up time matters more than peak speed for a local emulator.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-Xshare:auto");
    command.addAll(archive.jvmOptions(jar));
    command.add("-D" + emulator.portProperty() + "=" + port);
    command.add("-D" + ParentWatch.PROPERTY + "=" + ProcessHandle.current().pid());
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toString());
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      return new EmulatorProcess(emulator, process, port, log);
    } catch (IOException e) {
      throw new UserError("cannot start the " + emulator.module() + ": " + e.getMessage(), e);
    }
  }

  public Emulator emulator() {
    return emulator;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public String baseUrl() {
    return emulator.baseUrl(port);
  }

  /**
   * Polls the readiness URL every 50 ms (docs: benchmarking.md, "Start-up") until it answers 200;
   * fails with the end of the log when the process dies or does not become ready in time.
   */
  void awaitReady(SSLContext tls) {
    HttpClient client =
        HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(baseUrl() + READY_PATH))
            .timeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      failIfDead();
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UserError("interrupted while waiting for the " + emulator.module());
      }
      sleep(50);
    }
    stop();
    throw new UserError(
        "the " + emulator.module() + " did not become ready in " + START_TIMEOUT + "; see " + log);
  }

  /** Fails with the exit code and the end of the log when the process has died. */
  void failIfDead() {
    if (!process.isAlive()) {
      throw new UserError(
          "the "
              + emulator.module()
              + " stopped during start-up (exit "
              + process.exitValue()
              + "). The end of its log, "
              + log
              + ":\n"
              + tail());
    }
  }

  /** Asks the process to end (SIGTERM: Quarkus shuts down cleanly), then forces it. */
  public void stop() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(the log cannot be read: " + e.getMessage() + ")";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
