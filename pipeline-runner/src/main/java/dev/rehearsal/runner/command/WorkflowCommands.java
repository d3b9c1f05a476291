package dev.rehearsal.runner.command;

import dev.rehearsal.runner.log.Annotation;
import dev.rehearsal.runner.log.AnnotationLevel;
import dev.rehearsal.runner.log.SecretMasker;
import dev.rehearsal.runner.log.StepLog;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow commands of a job, processed as actions/runner's {@code ActionCommandManager} does
 * ({@code src/Runner.Worker/ActionCommandManager.cs}). One instance per job: {@code
 * ::stop-commands::TOKEN} lasts until {@code ::TOKEN::}, across steps, as the runner's singleton
 * keeps it. {@link #forStep} gives the per-step processor that reads each output line.
 */
public final class WorkflowCommands {
  static final String STOP = "stop-commands";
  private static final Set<String> COMMANDS =
      Set.of(
          STOP,
          "set-env",
          "set-output",
          "save-state",
          "add-mask",
          "add-path",
          "add-matcher",
          "remove-matcher",
          "debug",
          "warning",
          "error",
          "notice",
          "group",
          "endgroup",
          "echo");

  private final SecretMasker masker;
  private final Set<String> registered =
      WorkflowCommandParser.names(COMMANDS.toArray(String[]::new));
  private String stopToken;

  public WorkflowCommands(SecretMasker masker) {
    this.masker = masker;
  }

  /**
   * The processor of one step's output: commands act on {@code effects} and {@code log}, any other
   * line is printed. {@code environment} is the step's env context (it may allow the disabled
   * commands); {@code stepDebug} turns command echo on, as {@code ACTIONS_STEP_DEBUG} does.
   */
  public StepCommands forStep(
      StepLog log, StepEffects effects, Map<String, String> environment, boolean stepDebug) {
    return new StepCommands(this, log, effects, environment, stepDebug);
  }

  /** Whether {@code line} was consumed as a command (and so must not be printed as output). */
  synchronized boolean process(String line, StepCommands step) {
    Optional<WorkflowCommand> parsed = WorkflowCommandParser.parse(line, registered);
    if (parsed.isEmpty()) {
      return false;
    }
    WorkflowCommand command = parsed.get();
    if (stopToken != null) {
      if (!command.name().equalsIgnoreCase(stopToken)) {
        step.log()
            .debug(
                "Process commands has been stopped and waiting for '##["
                    + stopToken
                    + "]' to resume.");
        return false;
      }
      step.log().info(line);
      registered.remove(stopToken);
      stopToken = null;
      return true;
    }
    if (command.name().equalsIgnoreCase(STOP)) {
      stop(line, command, step);
      return true;
    }
    step.execute(line, command);
    return true;
  }

  private void stop(String line, WorkflowCommand command, StepCommands step) {
    String token = command.data();
    boolean invalid =
        token.isEmpty() || registered.contains(token) || token.equalsIgnoreCase("pause-logging");
    if (invalid && !step.allows("ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS")) {
      step.log().error(RunnerMessages.UNSUPPORTED_STOP_TOKEN);
      step.effects().fail();
      return;
    }
    stopToken = token;
    registered.add(token);
    if (token.length() > 6) {
      masker.add(token);
    }
    step.log().info(line);
  }

  SecretMasker masker() {
    return masker;
  }

  static AnnotationLevel level(String name) {
    return AnnotationLevel.valueOf(name.toUpperCase(Locale.ROOT));
  }

  static Annotation annotation(WorkflowCommand command) {
    return new Annotation(level(command.name()), command.data(), command.properties());
  }
}
