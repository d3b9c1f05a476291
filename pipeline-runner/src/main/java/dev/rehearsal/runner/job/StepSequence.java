package dev.rehearsal.runner.job;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.command.StepEffects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A job's steps in order, then its post steps in reverse, with the job's status carried along as
 * the runner's {@code StepsRunner} carries it: a failed step fails the job unless {@code
 * continue-on-error} (its outcome stays {@code failure}, its conclusion becomes {@code success}); a
 * cancel makes it {@code cancelled}; a step whose condition does not hold is {@code skipped}.
 */
final class StepSequence implements JobProgress {
  private final JobContext job;
  private final StepRunner runner;
  private final StepNames names = new StepNames();
  private final List<PostStep> posts = new ArrayList<>();
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
      StepReport report = main(plans.get(i), actions.get(i));
      report.id().ifPresent(id -> byId.put(id, report));
      reports.add(report);
    }
    List<PostStep> reversed = new ArrayList<>(posts);
    Collections.reverse(reversed);
    for (PostStep post : reversed) {
      reports.add(post(post));
    }
    return status;
  }

  private StepReport main(StepPlan plan, Optional<NativeAction> action) {
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
      return new StepReport(
          step.displayName(),
          step.id(),
          kind(plan),
          StepConclusion.SKIPPED,
          StepConclusion.SKIPPED,
          Map.of(),
          Duration.ZERO,
          List.of());
    }
    String contextName = names.contextName(step);
    job.log.info("▶ " + step.displayName());
    long start = System.nanoTime();
    StepEffects effects = new StepEffects();
    StepConclusion outcome;
    if (step.action() instanceof StepAction.Run run) {
      outcome = runner.runScript(step, run.script(), contextName, effects);
    } else {
      StepAction.Uses uses = (StepAction.Uses) step.action();
      NativeAction native_ = action.orElseThrow();
      Map<String, String> inputs = StepRunner.inputs(uses, native_);
      outcome = runner.runAction(step, uses, native_, inputs, contextName, effects);
      if (native_.metadata().hasPost()) {
        posts.add(new PostStep(step, contextName, native_, inputs, effects.state()));
      }
    }
    step.id().ifPresent(id -> outputs.put(id, effects.outputs()));
    StepConclusion conclusion =
        outcome == StepConclusion.FAILURE && step.continueOnError()
            ? StepConclusion.SUCCESS
            : outcome;
    return finish(step.displayName(), step.id(), kind(plan), outcome, conclusion, effects, start);
  }

  private static String kind(StepPlan plan) {
    return plan.uses().isPresent() ? "uses" : "run";
  }

  private StepReport post(PostStep post) {
    job.log.info("▶ " + post.displayName());
    long start = System.nanoTime();
    StepEffects effects = new StepEffects();
    StepConclusion outcome = runner.runPost(post, effects);
    return finish(post.displayName(), post.main().id(), "post", outcome, outcome, effects, start);
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
