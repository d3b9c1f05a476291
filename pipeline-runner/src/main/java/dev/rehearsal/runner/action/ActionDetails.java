package dev.rehearsal.runner.action;

import dev.rehearsal.runner.log.StepLog;
import dev.rehearsal.runner.shell.ScriptRunner;
import java.util.List;
import java.util.Map;

/**
 * How a step that uses an action begins in the log, as actions/runner's {@code ActionRunner} and
 * {@code Handler.PrintActionDetails} print it: the warnings about its given inputs, then a {@code
 * Run <action>} group with its non-empty inputs ({@code with:}) and its env context ({@code env:}).
 */
public final class ActionDetails {
  private ActionDetails() {}

  public static void print(
      StepLog log,
      ActionRef action,
      ActionMetadata metadata,
      Map<String, String> given,
      Map<String, String> inputs,
      Map<String, String> envContext) {
    metadata.warnings(given.keySet()).forEach(log::warning);
    log.group("Run " + action);
    List<Map.Entry<String, String>> shown =
        inputs.entrySet().stream().filter(input -> !input.getValue().isEmpty()).toList();
    if (!shown.isEmpty()) {
      log.info("with:");
      shown.forEach(input -> log.info("  " + input.getKey() + ": " + input.getValue()));
    }
    ScriptRunner.printEnv(log, envContext);
    log.endGroup();
  }
}
