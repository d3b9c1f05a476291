package dev.rehearsal.runner.shell;

import dev.rehearsal.runner.RunnerException;
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
