package dev.rehearsal.runner.job;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.expression.Value;
import dev.rehearsal.runner.action.ActionDetails;
import dev.rehearsal.runner.action.ActionExpressions;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionRef;
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
import java.util.Map;
import java.util.Optional;

/**
 * Runs one step of a job, or one stage (pre, main, post) of an action's step, as the runner's
 * handlers run it: prints its {@code Run …} group ({@code with:}, {@code env:}, {@code shell:}),
 * runs it, reads its runner files, and says its outcome with the runner's messages ({@code Process
 * completed with exit code N.}, {@code The action '…' has timed out after N minutes.}, the action's
 * {@code Error: …}).
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
    ScriptRunner.Prepared prepared;
    try {
      prepared =
          ScriptRunner.announce(
              script,
              job.log,
              job.directories.workspace(),
              job.directories.temp(),
              env,
              job.envContext(step.env()));
    } catch (RehearsalException e) {
      job.log.error(e.getMessage());
      return StepConclusion.FAILURE;
    }
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

  /** An action's stages: {@code pre} before the job's steps, {@code post} after them. */
  enum Stage {
    PRE,
    MAIN,
    POST
  }

  /**
   * One stage of an action's step, printed as the runner prints it (the warnings about its inputs
   * and its {@code Run …} group, or {@code Post job cleanup.}); {@code timeout-minutes} bounds the
   * main stage.
   */
  StepConclusion runAction(ActionStep action, Stage stage, StepEffects effects, JobStatus status) {
    JobStep step = action.step();
    if (stage == Stage.POST) {
      job.log.info("Post job cleanup.");
    } else {
      ActionDetails.print(
          job.log,
          action.uses().action(),
          action.action().metadata(),
          action.uses().inputs(),
          action.inputs(),
          job.envContext(step.env()));
    }
    StepActionContext context = actionContext(action, effects, status);
    NativeAction code = action.action();
    Runnable call =
        switch (stage) {
          case PRE -> () -> code.pre(context);
          case MAIN -> () -> code.main(context);
          case POST -> () -> code.post(context);
        };
    Optional<Duration> timeout = stage == Stage.MAIN ? step.timeout() : Optional.empty();
    return invoke(step, timeout, call, effects);
  }

  /**
   * The inputs an action runs with: the given ones, then each declared input's default, its
   * expressions evaluated with the job's contexts.
   */
  Map<String, String> inputs(StepAction.Uses uses, NativeAction action, JobStatus status) {
    Map<String, Value> contexts = job.expressionContexts(status);
    return action
        .metadata()
        .inputsWith(uses.inputs(), written -> ActionExpressions.inputDefault(written, contexts));
  }

  private StepActionContext actionContext(
      ActionStep action, StepEffects effects, JobStatus status) {
    JobStep step = action.step();
    Map<String, String> stepVariables = new LinkedHashMap<>();
    stepVariables.put("GITHUB_ACTION", action.contextName());
    if (action.uses().action() instanceof ActionRef.Repository repository) {
      stepVariables.put(
          "GITHUB_ACTION_REPOSITORY", repository.owner() + "/" + repository.repository());
      stepVariables.put("GITHUB_ACTION_REF", repository.ref());
    }
    return new StepActionContext(
        job.actionHost,
        action.inputs(),
        job.envContext(step.env()),
        job.processEnvironment(step.env(), stepVariables),
        action.state(),
        job.expressionContexts(status),
        effects);
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
}
