package dev.rehearsal.runner.workflow;

import dev.rehearsal.core.expression.ContextAvailability;
import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.expression.Value;
import dev.rehearsal.core.workflow.RunStep;
import dev.rehearsal.core.workflow.ShellDefaults;
import dev.rehearsal.core.workflow.Step;
import dev.rehearsal.core.workflow.UsesStep;
import dev.rehearsal.core.workflow.source.Template;
import dev.rehearsal.runner.RunnerException;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.job.JobProgress;
import dev.rehearsal.runner.job.JobStep;
import dev.rehearsal.runner.job.StepAction;
import dev.rehearsal.runner.job.StepCondition;
import dev.rehearsal.runner.job.StepPlan;
import dev.rehearsal.runner.shell.ScriptStep;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a workflow's steps into steps the executor runs, each evaluated just before it runs as the
 * runner evaluates it (GitHub Docs, "Workflow syntax", {@code jobs.<job_id>.steps[*]}): its {@code
 * if} first (a skipped step's other values are never evaluated), then its {@code env}, then its
 * {@code with} or {@code run} with that {@code env} in the {@code env} context.
 */
final class StepPlanner {
  private final RunContexts contexts;
  private final List<String> stepIds;
  private final Optional<String> defaultShell;
  private final Optional<Template> defaultWorkingDirectory;

  StepPlanner(RunContexts contexts, List<Step> steps, List<ShellDefaults> defaults) {
    this.contexts = contexts;
    this.stepIds = steps.stream().flatMap(s -> s.id().stream()).toList();
    this.defaultShell =
        defaults.stream().map(ShellDefaults::shell).flatMap(Optional::stream).findFirst();
    this.defaultWorkingDirectory =
        defaults.stream()
            .map(ShellDefaults::workingDirectory)
            .flatMap(Optional::stream)
            .findFirst();
  }

  StepPlan plan(Step step) {
    Optional<ActionRef> uses =
        step instanceof UsesStep action ? Optional.of(reference(action)) : Optional.empty();
    return new StepPlan(uses, progress -> evaluate(step, uses, progress));
  }

  private JobStep evaluate(Step step, Optional<ActionRef> uses, JobProgress progress) {
    Contexts beforeEnv = contexts.step(progress, stepIds, Map.of());
    String name =
        Evaluations.text(step.name(), ContextAvailability.STEP_NAME, beforeEnv).orElse("");
    boolean runs = Evaluations.condition(step.condition(), ContextAvailability.STEP_IF, beforeEnv);
    if (!runs) {
      return new JobStep(
          name, step.id(), skipped(uses), Map.of(), status -> false, false, Optional.empty());
    }
    Map<String, String> env =
        Evaluations.texts(step.env(), ContextAvailability.STEP_ENV, beforeEnv);
    Contexts withEnv = contexts.step(progress, stepIds, env);
    StepAction action =
        step instanceof RunStep run
            ? new StepAction.Run(script(run, withEnv))
            : new StepAction.Uses(
                uses.orElseThrow(),
                Evaluations.texts(
                    ((UsesStep) step).with(), ContextAvailability.STEP_WITH, withEnv));
    boolean continueOnError =
        Evaluations.flag(
            step.continueOnError(), ContextAvailability.STEP_CONTINUE_ON_ERROR, withEnv);
    Optional<Duration> timeout =
        step.timeoutMinutes()
            .map(
                t ->
                    minutes(
                        Evaluations.value(t, ContextAvailability.STEP_TIMEOUT_MINUTES, withEnv),
                        t));
    return new JobStep(
        name, step.id(), action, env, StepCondition.ALWAYS, continueOnError, timeout);
  }

  private ScriptStep script(RunStep run, Contexts contexts) {
    String script = Evaluations.text(run.run(), ContextAvailability.STEP_RUN, contexts);
    Optional<String> workingDirectory =
        run.workingDirectory()
            .or(() -> defaultWorkingDirectory)
            .map(t -> Evaluations.text(t, ContextAvailability.STEP_WORKING_DIRECTORY, contexts));
    return new ScriptStep(script, run.shell().or(() -> defaultShell), workingDirectory);
  }

  /** A skipped step keeps its planned action, so the executor sees the step it planned. */
  private static StepAction skipped(Optional<ActionRef> uses) {
    return uses.<StepAction>map(ref -> new StepAction.Uses(ref, Map.of()))
        .orElseGet(() -> new StepAction.Run(ScriptStep.of("")));
  }

  private static ActionRef reference(UsesStep step) {
    try {
      return ActionRef.parse(step.uses());
    } catch (RunnerException e) {
      throw new RunnerException(e.getMessage() + " (" + step.location() + ")", e);
    }
  }

  /** {@code timeout-minutes}: a number of minutes, fractions allowed. */
  private static Duration minutes(Value value, Template template) {
    double minutes = value.asNumber();
    if (Double.isNaN(minutes) || minutes <= 0) {
      throw new RunnerException(
          "timeout-minutes must be a positive number, not '"
              + value.asString()
              + "' ("
              + template.location()
              + ")");
    }
    return Duration.ofMillis((long) (minutes * 60_000));
  }
}
