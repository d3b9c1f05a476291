package dev.rehearsal.runner.job;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.action.StepActionContext;
import dev.rehearsal.runner.command.RunnerFiles;
import dev.rehearsal.runner.command.StepCommands;
import dev.rehearsal.runner.command.StepEffects;
import dev.rehearsal.runner.process.ProcessOutcome;
import dev.rehearsal.runner.shell.ScriptRunner;
import dev.rehearsal.runner.shell.ScriptStep;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs one step of a job, main or post, as the runner's handlers run it: prints its {@code Run …}
 * group ({@code with:}, {@code env:}, {@code shell:}), runs it, reads its runner files, and says
 * its outcome with the runner's messages ({@code Process completed with exit code N.}, {@code The
 * action '…' has timed out after N minutes.}, the action's {@code Error: …}).
 */
final class StepRunner {
  private final JobContext job;

  StepRunner(JobContext job) {
    this.job = job;
  }

  StepConclusion runScript(
      JobStep step, ScriptStep script, String contextName, StepEffects effects) {
    RunnerFiles files = RunnerFiles.create(job.directories.temp());
    Map<String, String> stepVariables = new LinkedHashMap<>(files.environment());
    stepVariables.put("GITHUB_ACTION", contextName);
    Map<String, String> env = job.processEnvironment(step.env(), stepVariables);
    job.log.group("Run " + script.title());
    script.lines().forEach(job.log::info);
    ScriptRunner.Prepared prepared;
    try {
      prepared =
          ScriptRunner.prepare(script, job.directories.workspace(), job.directories.temp(), env);
    } catch (RehearsalException e) {
      job.log.endGroup();
      job.log.error(e.getMessage());
      return StepConclusion.FAILURE;
    }
    job.log.info("shell: " + prepared.shell().display());
    printEnv(step);
    job.log.endGroup();
    StepCommands commands =
        job.commands.forStep(job.log, effects, job.envContext(step.env()), job.setup.debug());
    ProcessOutcome outcome =
        ScriptRunner.run(prepared, env, commands::line, step.timeout(), job.setup.cancellation());
    StepConclusion conclusion = conclusion(step, outcome);
    files.collect(effects, job.log, job.masker);
    // A command or runner file that failed fails a step that had succeeded (the runner merges
    // CommandResult into the step's result).
    return effects.failed() && conclusion == StepConclusion.SUCCESS
        ? StepConclusion.FAILURE
        : conclusion;
  }

  private StepConclusion conclusion(JobStep step, ProcessOutcome outcome) {
    if (outcome.timedOut()) {
      return timedOut(step);
    }
    if (outcome.cancelled()) {
      job.log.error("The operation was canceled.");
      return StepConclusion.CANCELLED;
    }
    if (outcome.exitCode() != 0) {
      job.log.error("Process completed with exit code " + outcome.exitCode() + ".");
      return StepConclusion.FAILURE;
    }
    return StepConclusion.SUCCESS;
  }

  /**
   * A native action's main step. Its inputs are the given ones with the action's defaults for the
   * rest; an input the action does not declare is warned about, as the runner warns.
   */
  StepConclusion runAction(
      JobStep step,
      StepAction.Uses uses,
      NativeAction action,
      Map<String, String> inputs,
      String contextName,
      StepEffects effects) {
    warnUnexpected(uses, action);
    job.log.group("Run " + uses.action());
    List<Map.Entry<String, String>> shown =
        inputs.entrySet().stream().filter(input -> !input.getValue().isEmpty()).toList();
    if (!shown.isEmpty()) {
      job.log.info("with:");
      shown.forEach(input -> job.log.info("  " + input.getKey() + ": " + input.getValue()));
    }
    printEnv(step);
    job.log.endGroup();
    StepActionContext context = actionContext(step, uses, inputs, Map.of(), contextName, effects);
    return invoke(step, step.timeout(), () -> action.main(context), effects);
  }

  StepConclusion runPost(PostStep post, StepEffects effects) {
    StepAction.Uses uses = (StepAction.Uses) post.main().action();
    job.log.info("Post job cleanup.");
    StepActionContext context =
        actionContext(post.main(), uses, post.inputs(), post.state(), post.contextName(), effects);
    return invoke(post.main(), Optional.empty(), () -> post.action().post(context), effects);
  }

  private StepActionContext actionContext(
      JobStep step,
      StepAction.Uses uses,
      Map<String, String> inputs,
      Map<String, String> state,
      String contextName,
      StepEffects effects) {
    Map<String, String> stepVariables = new LinkedHashMap<>();
    stepVariables.put("GITHUB_ACTION", contextName);
    stepVariables.put(
        "GITHUB_ACTION_REPOSITORY", uses.action().owner() + "/" + uses.action().repository());
    stepVariables.put("GITHUB_ACTION_REF", uses.action().ref());
    return new StepActionContext(
        inputs,
        job.processEnvironment(step.env(), stepVariables),
        state,
        effects,
        job.masker,
        job.log,
        job.directories.workspace());
  }

  private StepConclusion invoke(
      JobStep step, Optional<Duration> timeout, Runnable call, StepEffects effects) {
    NativeInvocation.Outcome outcome =
        NativeInvocation.run(call, timeout, job.setup.cancellation());
    if (outcome.timedOut()) {
      return timedOut(step);
    }
    if (outcome.cancelled()) {
      job.log.error("The operation was canceled.");
      return StepConclusion.CANCELLED;
    }
    if (outcome.failure().isEmpty()) {
      return effects.failed() ? StepConclusion.FAILURE : StepConclusion.SUCCESS;
    }
    RuntimeException failure = outcome.failure().get();
    // An action's unexpected error fails the step with it, as an uncaught error fails a Node
    // action; the job goes on.
    job.log.error(
        failure instanceof ActionFailedException ? failure.getMessage() : failure.toString());
    return StepConclusion.FAILURE;
  }

  private StepConclusion timedOut(JobStep step) {
    long minutes = step.timeout().orElseThrow().toMinutes();
    job.log.error(
        "The action '" + step.displayName() + "' has timed out after " + minutes + " minutes.");
    return StepConclusion.FAILURE;
  }

  /** The runner's warning for inputs the action's metadata does not declare (any case). */
  private void warnUnexpected(StepAction.Uses uses, NativeAction action) {
    TreeMap<String, String> valid = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    action.metadata().inputs().keySet().forEach(name -> valid.put(name, name));
    List<String> unexpected =
        uses.inputs().keySet().stream().filter(name -> !valid.containsKey(name)).toList();
    if (!unexpected.isEmpty()) {
      job.log.warning(
          "Unexpected input(s) '"
              + String.join("', '", unexpected)
              + "', valid inputs are ['"
              + String.join("', '", valid.values())
              + "']");
    }
  }

  /** The inputs an action runs with: the given ones, then each declared default not given. */
  static Map<String, String> inputs(StepAction.Uses uses, NativeAction action) {
    Map<String, String> inputs = new LinkedHashMap<>(uses.inputs());
    action
        .metadata()
        .inputs()
        .forEach(
            (name, defaultValue) -> {
              boolean given = inputs.keySet().stream().anyMatch(name::equalsIgnoreCase);
              if (!given) {
                defaultValue.ifPresent(value -> inputs.put(name, value));
              }
            });
    return inputs;
  }

  private void printEnv(JobStep step) {
    Map<String, String> env = job.envContext(step.env());
    if (!env.isEmpty()) {
      job.log.info("env:");
      env.forEach((name, value) -> job.log.info("  " + name + ": " + value));
    }
  }
}
