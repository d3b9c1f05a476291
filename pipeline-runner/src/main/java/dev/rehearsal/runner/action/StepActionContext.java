package dev.rehearsal.runner.action;

import dev.rehearsal.core.expression.Value;
import dev.rehearsal.runner.command.RunnerFiles;
import dev.rehearsal.runner.command.StepCommands;
import dev.rehearsal.runner.command.StepEffects;
import dev.rehearsal.runner.command.WorkflowCommands;
import dev.rehearsal.runner.log.SecretMasker;
import dev.rehearsal.runner.log.StepLog;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.process.ProcessOutcome;
import dev.rehearsal.runner.process.ProcessRunner;
import dev.rehearsal.runner.process.ProcessSpec;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link ActionContext} of one step of an action: what the action exports, outputs and saves
 * goes to the step's {@link StepEffects}, as a JavaScript action's runner files would carry it; its
 * secrets go to the job's masker; its processes print through the job's workflow commands.
 */
public final class StepActionContext implements ActionContext {
  private final Host host;
  private final Map<String, String> inputs;
  private final Map<String, String> envContext;
  private final Map<String, String> environment;
  private final Map<String, String> savedState;
  private final Map<String, Value> contexts;
  private final StepEffects effects;

  /**
   * What every action step of a job shares: the masker, the log, the job's workflow commands, the
   * workspace and {@code RUNNER_TEMP}, whether step debug is on, and the job's cancel switch.
   */
  public record Host(
      SecretMasker masker,
      StepLog log,
      WorkflowCommands commands,
      Path workspace,
      Path runnerTemp,
      boolean debug,
      Cancellation cancellation) {}

  /**
   * @param inputs the step's inputs with the action's defaults applied
   * @param envContext the env context the step sees
   * @param environment the step's process environment (copied: the action's exports update it)
   * @param savedState what the action's earlier stages saved (empty for a first stage)
   * @param contexts the job's expression contexts as this step sees them
   */
  public StepActionContext(
      Host host,
      Map<String, String> inputs,
      Map<String, String> envContext,
      Map<String, String> environment,
      Map<String, String> savedState,
      Map<String, Value> contexts,
      StepEffects effects) {
    this.host = host;
    this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    this.envContext = Collections.unmodifiableMap(new LinkedHashMap<>(envContext));
    this.environment = new LinkedHashMap<>(environment);
    this.savedState = Collections.unmodifiableMap(new LinkedHashMap<>(savedState));
    this.contexts = Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
    this.effects = effects;
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
  public Map<String, String> inputs() {
    return inputs;
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
  public void addPath(String path) {
    String current = environment.getOrDefault("PATH", "");
    environment.put("PATH", current.isEmpty() ? path : path + ":" + current);
    effects.addPath(path);
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
  public Map<String, String> savedState() {
    return savedState;
  }

  @Override
  public void setSecret(String secret) {
    host.masker().add(secret);
  }

  @Override
  public StepLog log() {
    return host.log();
  }

  @Override
  public Path workspace() {
    return host.workspace();
  }

  @Override
  public Path runnerTemp() {
    return host.runnerTemp();
  }

  @Override
  public void fail() {
    effects.fail();
  }

  @Override
  public ProcessOutcome runProcess(
      List<String> command, Path directory, Map<String, String> processEnvironment) {
    RunnerFiles files = RunnerFiles.create(host.runnerTemp());
    Map<String, String> whole = new LinkedHashMap<>(processEnvironment);
    whole.putAll(files.environment());
    StepCommands commands = host.commands().forStep(host.log(), effects, envContext, host.debug());
    try {
      return ProcessRunner.run(
          ProcessSpec.of(command, directory, whole),
          commands::line,
          Optional.empty(),
          host.cancellation());
    } finally {
      files.collect(effects, host.log(), host.masker());
    }
  }

  @Override
  public Map<String, String> envContext() {
    return envContext;
  }

  @Override
  public Map<String, Value> expressionContexts() {
    return contexts;
  }

  @Override
  public ActionContext nested(
      Map<String, String> nestedInputs,
      Map<String, String> nestedEnvContext,
      Map<String, String> nestedEnvironment,
      Map<String, String> state,
      StepEffects nestedEffects) {
    return new StepActionContext(
        host, nestedInputs, nestedEnvContext, nestedEnvironment, state, contexts, nestedEffects);
  }
}
