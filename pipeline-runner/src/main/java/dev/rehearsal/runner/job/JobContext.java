package dev.rehearsal.runner.job;

import dev.rehearsal.core.expression.Value;
import dev.rehearsal.runner.action.StepActionContext;
import dev.rehearsal.runner.command.StepEffects;
import dev.rehearsal.runner.command.WorkflowCommands;
import dev.rehearsal.runner.log.SecretMasker;
import dev.rehearsal.runner.log.TextLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a running job keeps between steps: its env context (the workflow's and job's {@code env:}
 * plus what steps exported), the paths steps added to {@code PATH}, and the pieces every step
 * shares (masker, log, workflow commands, folders, runner and token variables).
 */
final class JobContext {
  final RunnerSetup setup;
  final JobDirectories directories;
  final SecretMasker masker;
  final TextLog log;
  final WorkflowCommands commands;
  final Map<String, String> runnerVariables;
  final Map<String, String> tokenVariables;
  final StepActionContext.Host actionHost;
  private final Map<String, Value> expressionContexts;
  private final Map<String, String> envContext;
  private final List<String> paths = new ArrayList<>();

  JobContext(
      RunnerSetup setup,
      JobDirectories directories,
      SecretMasker masker,
      TextLog log,
      Map<String, String> jobEnv,
      Map<String, String> runnerVariables,
      Map<String, String> tokenVariables,
      Map<String, Value> expressionContexts) {
    this.setup = setup;
    this.directories = directories;
    this.masker = masker;
    this.log = log;
    this.commands = new WorkflowCommands(masker);
    this.envContext = new LinkedHashMap<>(jobEnv);
    this.runnerVariables = Map.copyOf(runnerVariables);
    this.tokenVariables = Map.copyOf(tokenVariables);
    this.expressionContexts = Map.copyOf(expressionContexts);
    this.actionHost =
        new StepActionContext.Host(
            masker,
            log,
            commands,
            directories.workspace(),
            directories.temp(),
            setup.debug(),
            setup.cancellation());
  }

  /** The job's expression contexts with {@code job.status} as {@code status}. */
  Map<String, Value> expressionContexts(JobStatus status) {
    return RunnerContexts.withStatus(expressionContexts, status);
  }

  /** The env context a step sees: the job's, what earlier steps exported, then its own. */
  Map<String, String> envContext(Map<String, String> stepEnv) {
    Map<String, String> env = new LinkedHashMap<>(envContext);
    env.putAll(stepEnv);
    return Collections.unmodifiableMap(env);
  }

  /**
   * A step's whole process environment, layered as the runner layers it: this machine's (less what
   * {@link RunnerSetup#hostEnvironment} drops), the job's docker folder and CA, the env context,
   * the runner's variables (which the workflow cannot override), {@code stepVariables} ({@code
   * GITHUB_ACTION}, the runner files), {@code PATH} with the added paths first, and the token
   * variables.
   */
  Map<String, String> processEnvironment(
      Map<String, String> stepEnv, Map<String, String> stepVariables) {
    Map<String, String> env = new LinkedHashMap<>(setup.baseEnvironment());
    env.put("DOCKER_CONFIG", directories.dockerConfig().toString());
    setup.caFile().ifPresent(ca -> env.put("NODE_EXTRA_CA_CERTS", ca.toString()));
    env.putAll(envContext(stepEnv));
    env.putAll(runnerVariables);
    env.putAll(stepVariables);
    List<String> prepend = new ArrayList<>(paths);
    Collections.reverse(prepend);
    String path = env.getOrDefault("PATH", "");
    if (!prepend.isEmpty()) {
      env.put("PATH", String.join(":", prepend) + (path.isEmpty() ? "" : ":" + path));
    }
    env.putAll(tokenVariables);
    return env;
  }

  /** A finished step's exports and paths, for the steps after it. */
  void apply(StepEffects effects) {
    envContext.putAll(effects.environment());
    for (String path : effects.paths()) {
      paths.remove(path);
      paths.add(path);
    }
  }
}
