package dev.rehearsal.runner.action;

import dev.rehearsal.core.expression.Value;
import dev.rehearsal.runner.command.StepEffects;
import dev.rehearsal.runner.log.StepLog;
import dev.rehearsal.runner.process.ProcessOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What @actions/core gives a JavaScript action, for a native one: its inputs (defaults applied),
 * its process environment (which {@link #exportVariable} updates, as {@code core.exportVariable}
 * updates {@code process.env}), outputs, state, secrets and log. An action run from its code gets
 * what the runner gives it: a process of the step ({@link #runProcess}), and for a composite
 * action's own steps, the expression contexts and a context per step ({@link #nested}).
 */
public interface ActionContext {
  /** Every input, the action's defaults applied, as the runner passes them ({@code INPUT_*}). */
  Map<String, String> inputs();

  /** {@code core.getInput(name)}: the input trimmed, or the empty string. */
  String input(String name);

  /** {@code core.getInput(name, {required: true})}. */
  default String requiredInput(String name) {
    String value = input(name);
    if (value.isEmpty()) {
      throw new ActionFailedException("Input required and not supplied: " + name);
    }
    return value;
  }

  /** {@code core.getMultilineInput(name)}: its non-empty lines, trimmed. */
  default List<String> multilineInput(String name) {
    return input(name).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** {@code process.env}, as it is now. */
  Map<String, String> environment();

  /** {@code process.env[name]}, or the empty string. */
  default String env(String name) {
    return environment().getOrDefault(name, "");
  }

  /** {@code core.exportVariable}: for the steps after this one, and for this action's rest. */
  void exportVariable(String name, String value);

  /** {@code core.addPath}: first on {@code PATH} for the steps after this one and this action. */
  void addPath(String path);

  void setOutput(String name, String value);

  /** {@code core.saveState}: given back to the post step by {@link #state}. */
  void saveState(String name, String value);

  /** {@code core.getState}: what the main step saved, or the empty string. */
  String state(String name);

  /** What the action's earlier stages saved (pre for main; pre and main for post). */
  Map<String, String> savedState();

  /** {@code core.setSecret}: masked from now on. */
  void setSecret(String secret);

  StepLog log();

  /** {@code GITHUB_WORKSPACE}. */
  Path workspace();

  /** {@code RUNNER_TEMP}. */
  Path runnerTemp();

  /** Fails the step without a message of its own: the action's code has said why. */
  void fail();

  /**
   * Runs the action's code as a process of this step, as the runner's handlers run it: with exactly
   * {@code environment} and this step's runner files ({@code GITHUB_OUTPUT}, …), each output line
   * through the workflow commands and the masker, the runner files read into this step's effects
   * when it ends; ended with the step on a time-out or cancel.
   */
  ProcessOutcome runProcess(List<String> command, Path directory, Map<String, String> environment);

  /** The env context this step sees: the job's, what steps have exported, the step's own. */
  Map<String, String> envContext();

  /**
   * The expression contexts of the job as this step sees them ({@code github}, {@code job}, {@code
   * runner}, {@code strategy}, {@code matrix}): what a composite action's steps and outputs read,
   * with its own {@code inputs}, {@code steps} and {@code env}.
   */
  Map<String, Value> expressionContexts();

  /**
   * The context of one step of this action's own (a composite action's), sharing this step's log,
   * masker and workspace: its inputs, env context, process environment and saved state, and the
   * effects it collects.
   */
  ActionContext nested(
      Map<String, String> inputs,
      Map<String, String> envContext,
      Map<String, String> environment,
      Map<String, String> state,
      StepEffects effects);
}
