package dev.rehearsal.runner.command;

import dev.rehearsal.runner.RunnerException;
import dev.rehearsal.runner.log.SecretMasker;
import dev.rehearsal.runner.log.StepLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A step's runner files, as actions/runner's {@code FileCommandManager} makes and reads them
 * ({@code src/Runner.Worker/FileCommandManager.cs}): new empty files per step in {@code
 * RUNNER_TEMP/_runner_file_commands}, named {@code set_env_<uuid>}, {@code set_output_<uuid>}, …,
 * handed to the step as {@code GITHUB_ENV}, {@code GITHUB_OUTPUT}, {@code GITHUB_STATE}, {@code
 * GITHUB_PATH} and {@code GITHUB_STEP_SUMMARY}, and read once it ends.
 */
public final class RunnerFiles {
  /**
   * The runner's limit for a step summary ({@code CreateStepSummaryCommand.AttachmentSizeLimit}).
   */
  static final int SUMMARY_LIMIT = 1024 * 1024;

  private final Map<Kind, Path> files;

  private RunnerFiles(Map<Kind, Path> files) {
    this.files = files;
  }

  /** The five kinds of file, each with its variable, file prefix and the name errors give it. */
  enum Kind {
    PATH("GITHUB_PATH", "add_path_", "path"),
    ENV("GITHUB_ENV", "set_env_", "env"),
    STEP_SUMMARY("GITHUB_STEP_SUMMARY", "step_summary_", "step_summary"),
    STATE("GITHUB_STATE", "save_state_", "state"),
    OUTPUT("GITHUB_OUTPUT", "set_output_", "output");

    final String variable;
    final String prefix;
    final String contextName;

    Kind(String variable, String prefix, String contextName) {
      this.variable = variable;
      this.prefix = prefix;
      this.contextName = contextName;
    }
  }

  /** New empty files for one step under {@code runnerTemp}. */
  public static RunnerFiles create(Path runnerTemp) {
    Path folder = runnerTemp.resolve("_runner_file_commands");
    String suffix = UUID.randomUUID().toString();
    Map<Kind, Path> files = new LinkedHashMap<>();
    try {
      Files.createDirectories(folder);
      for (Kind kind : Kind.values()) {
        Path file = folder.resolve(kind.prefix + suffix);
        Files.deleteIfExists(file);
        files.put(kind, Files.createFile(file));
      }
    } catch (IOException e) {
      throw new RunnerException("cannot create the runner files in " + folder + ": " + e, e);
    }
    return new RunnerFiles(files);
  }

  /** {@code GITHUB_ENV=…}, {@code GITHUB_OUTPUT=…}, … for the step's process. */
  public Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    files.forEach((kind, file) -> environment.put(kind.variable, file.toString()));
    return environment;
  }

  /**
   * Reads the files into {@code effects}, in the runner's order (path, env, step summary, state,
   * output). A file the runner cannot read is reported as it reports it and fails the step; the
   * other files are still read. Every file is removed afterwards.
   */
  public void collect(StepEffects effects, StepLog log, SecretMasker masker) {
    for (Map.Entry<Kind, Path> entry : files.entrySet()) {
      try {
        apply(entry.getKey(), read(entry.getValue()), effects, log, masker);
      } catch (FileCommandException e) {
        log.error(
            "Unable to process file command '" + entry.getKey().contextName + "' successfully.");
        log.error(e.getMessage());
        effects.fail();
      }
    }
    for (Path file : files.values()) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        log.debug("cannot remove " + file + ": " + e.getMessage());
      }
    }
  }

  private static void apply(
      Kind kind, String text, StepEffects effects, StepLog log, SecretMasker masker) {
    switch (kind) {
      case PATH -> text.lines().filter(line -> !line.isEmpty()).forEach(effects::addPath);
      case ENV -> {
        for (NameValue entry : EnvFile.parse(text)) {
          if (entry.name().equalsIgnoreCase("NODE_OPTIONS")) {
            log.error("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
          } else {
            effects.exportVariable(entry.name(), entry.value());
          }
        }
      }
      case STATE -> EnvFile.parse(text).forEach(e -> effects.saveState(e.name(), e.value()));
      case OUTPUT -> EnvFile.parse(text).forEach(e -> effects.setOutput(e.name(), e.value()));
      case STEP_SUMMARY -> summary(text, effects, log, masker);
    }
  }

  private static void summary(String text, StepEffects effects, StepLog log, SecretMasker masker) {
    int size = text.getBytes(StandardCharsets.UTF_8).length;
    if (size == 0) {
      return;
    }
    if (size > SUMMARY_LIMIT) {
      log.error(String.format(RunnerMessages.SUMMARY_TOO_LARGE, SUMMARY_LIMIT / 1024, size / 1024));
      return;
    }
    // The runner uploads a copy masked line by line.
    StringBuilder masked = new StringBuilder();
    text.lines().forEach(line -> masked.append(masker.mask(line)).append('\n'));
    effects.appendSummary(masked.toString());
  }

  /** The file as text; bytes that are not UTF-8 become U+FFFD, as .NET's ReadAllText makes them. */
  private static String read(Path file) {
    try {
      return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new FileCommandException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
