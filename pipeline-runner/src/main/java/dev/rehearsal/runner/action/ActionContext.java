package dev.rehearsal.runner.action;

import dev.rehearsal.runner.log.StepLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What @actions/core gives a JavaScript action, for a native one: its inputs (defaults applied),
 * its process environment (which {@link #exportVariable} updates, as {@code core.exportVariable}
 * updates {@code process.env}), outputs, state, secrets and log.
 */
public interface ActionContext {
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

  void setOutput(String name, String value);

  /** {@code core.saveState}: given back to the post step by {@link #state}. */
  void saveState(String name, String value);

  /** {@code core.getState}: what the main step saved, or the empty string. */
  String state(String name);

  /** {@code core.setSecret}: masked from now on. */
  void setSecret(String secret);

  StepLog log();

  /** {@code GITHUB_WORKSPACE}. */
  Path workspace();
}
