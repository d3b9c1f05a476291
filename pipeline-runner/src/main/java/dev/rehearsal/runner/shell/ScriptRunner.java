package dev.rehearsal.runner.shell;

import dev.rehearsal.runner.RunnerException;
import dev.rehearsal.runner.log.StepLog;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.process.ProcessOutcome;
import dev.rehearsal.runner.process.ProcessRunner;
import dev.rehearsal.runner.process.ProcessSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs a {@code run:} step as the runner's {@code ScriptHandler}: the script written, without a
 * byte order mark, to {@code RUNNER_TEMP/<uuid><extension>}, started with its shell in the working
 * directory (the workspace joined with {@code working-directory}), with the step's whole
 * environment; each output line goes to {@code lines}.
 */
public final class ScriptRunner {
  private ScriptRunner() {}

  /** The shell and the script file, ready to start; the file is written here. */
  public record Prepared(Shell shell, Path scriptFile, Path directory) {}

  public static Prepared prepare(
      ScriptStep step, Path workspace, Path runnerTemp, Map<String, String> environment) {
    Shell shell = Shell.resolve(step.shell(), environment.getOrDefault("PATH", ""));
    Path directory = workspace.resolve(step.workingDirectory().orElse(""));
    if (!Files.isDirectory(directory)) {
      throw new RunnerException(
          "An error occurred trying to start process '"
              + shell.executable()
              + "' with working directory '"
              + directory
              + "'. No such file or directory");
    }
    Path file = runnerTemp.resolve(UUID.randomUUID() + shell.extension());
    try {
      Files.createDirectories(runnerTemp);
      Files.writeString(file, step.script(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RunnerException("cannot write the script " + file + ": " + e.getMessage(), e);
    }
    return new Prepared(shell, file, directory);
  }

  /**
   * Prepares {@code step} and prints it as the runner's {@code ScriptHandler.PrintActionDetails}
   * does: a {@code Run <first line>} group with the script, its {@code shell:} and the step's
   * {@code env:} (its env context).
   *
   * @throws RunnerException when the shell or the working directory cannot be found (the group is
   *     closed first)
   */
  public static Prepared announce(
      ScriptStep step,
      StepLog log,
      Path workspace,
      Path runnerTemp,
      Map<String, String> environment,
      Map<String, String> envContext) {
    log.group("Run " + step.title());
    step.lines().forEach(log::info);
    Prepared prepared;
    try {
      prepared = prepare(step, workspace, runnerTemp, environment);
    } catch (RunnerException e) {
      log.endGroup();
      throw e;
    }
    log.info("shell: " + prepared.shell().display());
    printEnv(log, envContext);
    log.endGroup();
    return prepared;
  }

  /** The {@code env:} lines of a step's details: its env context, when it has one. */
  public static void printEnv(StepLog log, Map<String, String> envContext) {
    if (!envContext.isEmpty()) {
      log.info("env:");
      envContext.forEach((name, value) -> log.info("  " + name + ": " + value));
    }
  }

  public static ProcessOutcome run(
      Prepared prepared,
      Map<String, String> environment,
      Consumer<String> lines,
      Optional<Duration> timeout,
      Cancellation cancellation) {
    ProcessSpec spec =
        ProcessSpec.of(
            prepared.shell().command(prepared.scriptFile()), prepared.directory(), environment);
    return ProcessRunner.run(spec, lines, timeout, cancellation);
  }
}
