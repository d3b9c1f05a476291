package dev.rehearsal.runner.action;

import dev.rehearsal.runner.command.StepEffects;
import dev.rehearsal.runner.log.SecretMasker;
import dev.rehearsal.runner.log.StepLog;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link ActionContext} of one step of a native action: what the action exports, outputs and
 * saves goes to the step's {@link StepEffects}, as a JavaScript action's runner files would carry
 * it; its secrets go to the job's masker.
 */
public final class StepActionContext implements ActionContext {
  private final Map<String, String> inputs;
  private final Map<String, String> environment;
  private final Map<String, String> savedState;
  private final StepEffects effects;
  private final SecretMasker masker;
  private final StepLog log;
  private final Path workspace;

  /**
   * @param inputs the step's inputs with the action's defaults applied
   * @param environment the step's process environment (copied: the action's exports update it)
   * @param savedState what the main step saved, for the post step (empty for the main step)
   */
  public StepActionContext(
      Map<String, String> inputs,
      Map<String, String> environment,
      Map<String, String> savedState,
      StepEffects effects,
      SecretMasker masker,
      StepLog log,
      Path workspace) {
    this.inputs = Map.copyOf(inputs);
    this.environment = new LinkedHashMap<>(environment);
    this.savedState = Map.copyOf(savedState);
    this.effects = effects;
    this.masker = masker;
    this.log = log;
    this.workspace = workspace;
  }

  @Override
  public String input(String name) {
    // The runner passes INPUT_<NAME upper-cased, spaces as _>: names differing only so are one.
    for (Map.Entry<String, String> input : inputs.entrySet()) {
      if (key(input.getKey()).equals(key(name))) {
        return input.getValue().strip();
      }
    }
    return "";
  }

  private static String key(String name) {
    return name.replace(' ', '_').toUpperCase(Locale.ROOT);
  }

  @Override
  public Map<String, String> environment() {
    return Collections.unmodifiableMap(environment);
  }

  @Override
  public void exportVariable(String name, String value) {
    environment.put(name, value);
    effects.exportVariable(name, value);
  }

  @Override
  public void setOutput(String name, String value) {
    effects.setOutput(name, value);
  }

  @Override
  public void saveState(String name, String value) {
    effects.saveState(name, value);
  }

  @Override
  public String state(String name) {
    return savedState.getOrDefault(name, "");
  }

  @Override
  public void setSecret(String secret) {
    masker.add(secret);
  }

  @Override
  public StepLog log() {
    return log;
  }

  @Override
  public Path workspace() {
    return workspace;
  }
}
