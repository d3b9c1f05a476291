package dev.rehearsal.cli.world;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.lifecycle.ParentWatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One emulator running as a child process of the CLI: started from its jar with its settings as
 * system properties, its output appended to its log in the data directory ({@link Readiness} says
 * when it is ready).
 */
public final class EmulatorProcess {
  private final Emulator emulator;
  private final Process process;
  private final int port;
  private final Path log;
  private final Path portFile;

  private EmulatorProcess(Emulator emulator, Process process, int port, Path log, Path portFile) {
    this.emulator = emulator;
    this.process = process;
    this.port = port;
    this.log = log;
    this.portFile = portFile;
  }

  /**
   * Starts {@code jar} with {@code properties}; the CLI's pid goes along so that the emulator ends
   * itself when the CLI dies without a chance to stop it (kill -9), leaving no orphan. {@code
   * portFile} is where the emulator announces its port; a previous run's is removed first.
   */
  static EmulatorProcess start(
      Emulator emulator,
      Path jar,
      int port,
      Map<String, String> properties,
      Path log,
      Path portFile,
      ClassDataArchive archive) {
    try {
      Files.deleteIfExists(portFile);
    } catch (IOException e) {
      throw new UserError("cannot remove the stale " + portFile + ": " + e.getMessage(), e);
    }
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
      return new EmulatorProcess(emulator, process, port, log, portFile);
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
   * Whether the emulator has announced its port: it writes the file once its server is bound and
   * its state loaded, and {@link #start} removed any file a previous run left.
   */
  boolean announced() {
    try {
      return Files.isRegularFile(portFile)
          && Files.readString(portFile, StandardCharsets.US_ASCII)
              .strip()
              .equals(Integer.toString(port));
    } catch (IOException e) {
      return false; // being replaced: read it on the next poll
    }
  }

  Path log() {
    return log;
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
}
