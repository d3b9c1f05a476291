package dev.rehearsal.runner.command;

import dev.rehearsal.runner.log.StepLog;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One step's output, line by line: a workflow command acts, any other line is printed. What each
 * command does, its echo and its failures follow the runner's command extensions ({@code
 * ActionCommandManager.cs}): a command that cannot be processed prints {@code Unable to process
 * command '…' successfully.} and the reason, and fails the step.
 */
public final class StepCommands {
  /** Commands whose line is never echoed: their data may be a secret or is shown otherwise. */
  private static final Set<String> OMIT_ECHO =
      Set.of("add-mask", "debug", "warning", "error", "notice");

  private final WorkflowCommands commands;
  private final StepLog log;
  private final StepEffects effects;
  private final Map<String, String> environment;
  private boolean echo;

  StepCommands(
      WorkflowCommands commands,
      StepLog log,
      StepEffects effects,
      Map<String, String> environment,
      boolean stepDebug) {
    this.commands = commands;
    this.log = log;
    this.effects = effects;
    this.environment = environment;
    this.echo = stepDebug;
  }

  /** Processes one line of the step's stdout or stderr. */
  public void line(String line) {
    if (line.contains("##[") || line.contains("::")) {
      if (commands.process(line, this)) {
        return;
      }
    }
    log.info(line);
  }

  void execute(String line, WorkflowCommand command) {
    String name = command.name().toLowerCase(Locale.ROOT);
    boolean omitEcho = OMIT_ECHO.contains(name);
    if (echo && !omitEcho) {
      log.info(line);
    }
    try {
      apply(name, command);
    } catch (CommandFailure failure) {
      log.error("Unable to process command '" + (omitEcho ? name : line) + "' successfully.");
      log.error(failure.getMessage());
      effects.fail();
    }
  }

  private void apply(String name, WorkflowCommand command) {
    switch (name) {
      case "add-mask" -> addMask(command.data());
      case "debug" -> log.debug(command.data());
      case "warning", "error", "notice" -> log.annotate(WorkflowCommands.annotation(command));
      case "group" -> log.group(command.data());
      case "endgroup" -> log.endGroup();
      case "set-output" -> effects.setOutput(deprecatedNamed(name, command), command.data());
      case "save-state" -> effects.saveState(deprecatedNamed(name, command), command.data());
      case "set-env" -> effects.exportVariable(disabledNamed(name, command), command.data());
      case "add-path" -> addPath(command);
      case "echo" -> echo(command.data());
      default -> log.debug("Problem matchers are not rehearsed: ##[" + name + "] ignored.");
    }
  }

  private void addMask(String secret) {
    if (secret.isBlank()) {
      log.warning("Can't add secret mask for empty string in ##[add-mask] command.");
      return;
    }
    if (echo) {
      log.info("::add-mask::***");
    }
    commands.masker().add(secret);
  }

  /**
   * GitHub still runs {@code set-output} and {@code save-state} but warns (the runner's {@code
   * DistributedTask.DeprecateStepOutputCommands}, on at github.com since 2022-10).
   */
  private String deprecatedNamed(String name, WorkflowCommand command) {
    log.warning(String.format(RunnerMessages.DEPRECATED_COMMAND, name));
    return requiredName(name, command);
  }

  /** {@code set-env} and {@code add-path} are disabled since 2020-11 unless the job opts in. */
  private String disabledNamed(String name, WorkflowCommand command) {
    requireUnsecureCommands(name);
    return requiredName(name, command);
  }

  private static String requiredName(String name, WorkflowCommand command) {
    return command
        .property("name")
        .orElseThrow(
            () ->
                new CommandFailure(
                    "Required field 'name' is missing in ##[" + name + "] command."));
  }

  private void addPath(WorkflowCommand command) {
    requireUnsecureCommands("add-path");
    if (command.data().isEmpty()) {
      throw new CommandFailure("Value cannot be null. (Parameter 'path')");
    }
    effects.addPath(command.data());
  }

  private void requireUnsecureCommands(String name) {
    if (!allows("ACTIONS_ALLOW_UNSECURE_COMMANDS")) {
      throw new CommandFailure(String.format(RunnerMessages.DISABLED_COMMAND, name));
    }
  }

  private void echo(String value) {
    if (value.isEmpty()) {
      throw new CommandFailure("Value cannot be null. (Parameter 'value')");
    }
    switch (value.strip().toUpperCase(Locale.ROOT)) {
      case "ON" -> echo = true;
      case "OFF" -> echo = false;
      default ->
          throw new CommandFailure(
              "Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '"
                  + value
                  + "'.");
    }
  }

  /** Whether the step's env context sets {@code variable} to {@code true} (any case). */
  boolean allows(String variable) {
    return "true".equalsIgnoreCase(environment.getOrDefault(variable, "").strip());
  }

  StepLog log() {
    return log;
  }

  StepEffects effects() {
    return effects;
  }

  /** A command the runner's extension refuses; caught per command, never escapes a step. */
  private static final class CommandFailure extends RuntimeException {
    CommandFailure(String message) {
      super(message, null, false, false);
    }
  }
}
