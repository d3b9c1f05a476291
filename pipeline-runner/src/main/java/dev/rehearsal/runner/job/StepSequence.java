package dev.rehearsal.runner.job;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.expression.Condition;
import dev.rehearsal.core.expression.ContextAvailability;
import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.expression.Values;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.command.StepEffects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job's actions' pre steps, its steps in order, then its post steps in reverse, with the job's
 * status carried along as the runner's {@code StepsRunner} carries it: a failed step fails the job
 * unless {@code continue-on-error} (its outcome stays {@code failure}, its conclusion becomes
 * {@code success}); a cancel makes it {@code cancelled}; a step whose condition does not hold is
 * {@code skipped}.
 */
final class StepSequence implements JobProgress {
  private final JobContext job;
  private final StepRunner runner;
  private final StepNames names = new StepNames();
  private final List<ActionStep> posts = new ArrayList<>();
  private final Map<Integer, Map<String, String>> preStates = new HashMap<>();
  private final Map<String, StepReport> byId = new HashMap<>();
  private final Map<String, Map<String, String>> outputs = new HashMap<>();
  private JobStatus status = JobStatus.SUCCESS;

  StepSequence(JobContext job) {
    this.job = job;
    this.runner = new StepRunner(job);
  }

  /** Runs {@code plans}, whose actions are {@code actions} (empty for run steps), then posts. */
  JobStatus run(
      List<StepPlan> plans, List<Optional<NativeAction>> actions, List<StepReport> reports) {
    for (int i = 0; i < plans.size(); i++) {
      pre(i, plans.get(i), actions.get(i)).ifPresent(reports::add);
    }
    for (int i = 0; i < plans.size(); i++) {
      StepReport report = main(i, plans.get(i), actions.get(i));
      report.id().ifPresent(id -> byId.put(id, report));
      reports.add(report);
    }
    List<ActionStep> reversed = new ArrayList<>(posts);
    Collections.reverse(reversed);
    for (ActionStep post : reversed) {
      reports.add(post(post));
    }
    return status;
  }

  /**
   * The pre step of an action from another repository that has one, run before the job's steps
   * under its {@code pre-if}, with the step's values as they evaluate then (the runner evaluates
   * the step's inputs for each stage). What it saves is given to the main and post steps.
   */
  private Optional<StepReport> pre(int index, StepPlan plan, Optional<NativeAction> action) {
    boolean repository = plan.uses().filter(ActionRef.Repository.class::isInstance).isPresent();
    if (action.isEmpty() || !repository || !action.get().metadata().hasPre()) {
      return Optional.empty();
    }
    long start = System.nanoTime();
    JobStep step;
    try {
      step = plan.evaluate().apply(this);
    } catch (RehearsalException e) {
      job.log.error(e.getMessage());
      return Optional.of(failed("Pre " + plan.uses().orElseThrow(), "pre", start));
    }
    String name = "Pre " + step.displayName();
    Optional<Boolean> holds = holds(action.get().metadata().preCondition().orElseThrow(), step);
    if (holds.isEmpty()) {
      return Optional.of(failed(name, "pre", start));
    }
    if (!holds.get()) {
      return Optional.of(skipped(name, Optional.empty(), "pre"));
    }
    job.log.info("▶ " + name);
    StepEffects effects = new StepEffects();
    NativeAction code = action.get();
    StepAction.Uses uses = (StepAction.Uses) step.action();
    ActionStep pre =
        new ActionStep(
            step,
            new StepNames().contextName(step),
            code,
            runner.inputs(uses, code, status),
            Map.of());
    StepConclusion outcome = runner.runAction(pre, StepRunner.Stage.PRE, effects, status);
    preStates.put(index, effects.state());
    return Optional.of(finish(name, Optional.empty(), "pre", outcome, outcome, effects, start));
  }

  private StepReport main(int index, StepPlan plan, Optional<NativeAction> action) {
    if (job.setup.cancellation().isCancelled()) {
      status = JobStatus.CANCELLED;
    }
    JobStep step;
    try {
      step = plan.evaluate().apply(this);
    } catch (RehearsalException e) {
      job.log.error(e.getMessage());
      return finish(
          "(a step that could not be evaluated)",
          Optional.empty(),
          kind(plan),
          StepConclusion.FAILURE,
          StepConclusion.FAILURE,
          new StepEffects(),
          System.nanoTime());
    }
    boolean usesAsPlanned =
        step.action() instanceof StepAction.Uses uses
            ? plan.uses().equals(Optional.of(uses.action())) && action.isPresent()
            : plan.uses().isEmpty();
    if (!usesAsPlanned) {
      job.log.error(
          "The step '" + step.displayName() + "' does not use the action it was planned with");
      return finish(
          step.displayName(),
          step.id(),
          kind(plan),
          StepConclusion.FAILURE,
          StepConclusion.FAILURE,
          new StepEffects(),
          System.nanoTime());
    }
    if (!step.condition().shouldRun(status)) {
      return skipped(step.displayName(), step.id(), kind(plan));
    }
    String contextName = names.contextName(step);
    job.log.info("▶ " + step.displayName());
    long start = System.nanoTime();
    StepEffects effects = new StepEffects();
    StepConclusion outcome;
    if (step.action() instanceof StepAction.Run run) {
      outcome = runner.runScript(step, run.script(), contextName, effects);
    } else {
      outcome = runUses(index, step, action.orElseThrow(), contextName, effects);
    }
    step.id().ifPresent(id -> outputs.put(id, effects.outputs()));
    StepConclusion conclusion =
        outcome == StepConclusion.FAILURE && step.continueOnError()
            ? StepConclusion.SUCCESS
            : outcome;
    return finish(step.displayName(), step.id(), kind(plan), outcome, conclusion, effects, start);
  }

  /**
   * An action's main step, given what its pre step saved; its post step is registered whatever its
   * outcome, with all the state saved so far. An action that cannot be loaded ({@code ./path}
   * without an {@code action.yml}) fails the step.
   */
  private StepConclusion runUses(
      int index, JobStep step, NativeAction action, String contextName, StepEffects effects) {
    StepAction.Uses uses = (StepAction.Uses) step.action();
    Map<String, String> state = preStates.getOrDefault(index, Map.of());
    try {
      ActionStep main =
          new ActionStep(step, contextName, action, runner.inputs(uses, action, status), state);
      StepConclusion outcome = runner.runAction(main, StepRunner.Stage.MAIN, effects, status);
      if (action.metadata().hasPost()) {
        Map<String, String> saved = new LinkedHashMap<>(state);
        saved.putAll(effects.state());
        posts.add(new ActionStep(step, contextName, action, main.inputs(), saved));
      }
      return outcome;
    } catch (RehearsalException e) {
      job.log.error(e.getMessage());
      return StepConclusion.FAILURE;
    }
  }

  private static String kind(StepPlan plan) {
    return plan.uses().isPresent() ? "uses" : "run";
  }

  /** A post step, under its action's {@code post-if} as it evaluates now. */
  private StepReport post(ActionStep post) {
    String name = post.displayName("Post");
    long start = System.nanoTime();
    Optional<Boolean> holds =
        holds(post.action().metadata().postCondition().orElseThrow(), post.step());
    if (holds.isEmpty()) {
      return failed(name, "post", start);
    }
    if (!holds.get()) {
      return skipped(name, post.step().id(), "post");
    }
    job.log.info("▶ " + name);
    StepEffects effects = new StepEffects();
    StepConclusion outcome = runner.runAction(post, StepRunner.Stage.POST, effects, status);
    return finish(name, post.step().id(), "post", outcome, outcome, effects, start);
  }

  /**
   * Whether a {@code pre-if} or {@code post-if} holds now, read as a step's {@code if} with the
   * job's contexts and status; empty (after saying why) when it cannot be evaluated.
   */
  private Optional<Boolean> holds(String condition, JobStep step) {
    try {
      Contexts.Builder contexts = Contexts.builder();
      job.expressionContexts(status).forEach(contexts::put);
      contexts.put("env", Values.of(job.envContext(step.env())));
      contexts.put("steps", Values.of(stepsContext()));
      contexts.jobStatus(dev.rehearsal.core.expression.JobStatus.valueOf(status.name()));
      return Optional.of(
          Condition.parse(condition, ContextAvailability.STEP_IF.scope())
              .evaluate(contexts.build()));
    } catch (RehearsalException e) {
      job.log.error(
          "The condition '" + condition + "' of " + step.displayName() + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private Map<String, Object> stepsContext() {
    Map<String, Object> steps = new LinkedHashMap<>();
    byId.forEach(
        (id, report) ->
            steps.put(
                id,
                Map.of(
                    "outputs", outputs(id),
                    "outcome", report.outcome().value(),
                    "conclusion", report.conclusion().value())));
    return steps;
  }

  private StepReport failed(String name, String kind, long start) {
    StepConclusion failure = StepConclusion.FAILURE;
    return finish(name, Optional.empty(), kind, failure, failure, new StepEffects(), start);
  }

  private static StepReport skipped(String name, Optional<String> id, String kind) {
    StepConclusion skipped = StepConclusion.SKIPPED;
    return new StepReport(name, id, kind, skipped, skipped, Map.of(), Duration.ZERO, List.of());
  }

  private StepReport finish(
      String name,
      Optional<String> id,
      String kind,
      StepConclusion outcome,
      StepConclusion conclusion,
      StepEffects effects,
      long start) {
    job.apply(effects);
    if (conclusion == StepConclusion.FAILURE && status == JobStatus.SUCCESS) {
      status = JobStatus.FAILURE;
    } else if (conclusion == StepConclusion.CANCELLED) {
      status = JobStatus.CANCELLED;
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    return new StepReport(
        name,
        id,
        kind,
        outcome,
        conclusion,
        JobExecutor.masked(effects.outputs(), job.masker),
        duration,
        job.log.takeAnnotations());
  }

  @Override
  public JobStatus status() {
    return status;
  }

  @Override
  public Map<String, String> outputs(String stepId) {
    return outputs.getOrDefault(stepId, Map.of());
  }

  @Override
  public Optional<StepConclusion> outcome(String stepId) {
    return Optional.ofNullable(byId.get(stepId)).map(StepReport::outcome);
  }

  @Override
  public Optional<StepConclusion> conclusion(String stepId) {
    return Optional.ofNullable(byId.get(stepId)).map(StepReport::conclusion);
  }

  @Override
  public Map<String, String> env() {
    return job.envContext(Map.of());
  }
}
