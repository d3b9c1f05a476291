package dev.rehearsal.runner.action.composite;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.expression.JobStatus;
import dev.rehearsal.core.expression.Template;
import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionDetails;
import dev.rehearsal.runner.action.ActionExpressions;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.ActionMetadata;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.action.manifest.ActionManifest;
import dev.rehearsal.runner.action.manifest.CompositeStep;
import dev.rehearsal.runner.action.manifest.Runs;
import dev.rehearsal.runner.command.StepEffects;
import dev.rehearsal.runner.log.StepLog;
import dev.rehearsal.runner.process.ProcessOutcome;
import dev.rehearsal.runner.shell.ScriptRunner;
import dev.rehearsal.runner.shell.ScriptStep;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One run of a composite action's main step: its steps one by one as the runner's {@code
 * CompositeActionHandler.RunStepsAsync} runs them. Each step's env context is the composite step's
 * with what earlier steps exported and the step's own {@code env}; its {@code if} reads the
 * composite's status ({@code github.action_status}); a failed step fails the composite but the
 * steps after it still run when their {@code if} allows; a condition that cannot be evaluated ends
 * the composite. Exports and paths reach the job through the composite step.
 */
final class CompositeRun {
  private final ActionManifest manifest;
  private final Runs.Composite runs;
  private final ActionContext context;
  private final BiFunction<Integer, Path, NativeAction> actions;
  private final Consumer<NestedPost> posts;
  private final CompositeContexts contexts;
  private final Map<String, String> exports = new LinkedHashMap<>();
  private final Map<String, Integer> generatedNames = new HashMap<>();

  CompositeRun(
      ActionManifest manifest,
      Runs.Composite runs,
      ActionContext context,
      BiFunction<Integer, Path, NativeAction> actions,
      Consumer<NestedPost> posts) {
    this.manifest = manifest;
    this.runs = runs;
    this.context = context;
    this.actions = actions;
    this.posts = posts;
    this.contexts = new CompositeContexts(context, manifest.directory());
  }

  /** Runs step {@code index}; false when the composite must stop (its condition failed). */
  boolean step(int index) {
    CompositeStep step = runs.steps().get(index);
    Map<String, String> envContext = new LinkedHashMap<>(context.envContext());
    envContext.putAll(exports);
    try {
      for (Map.Entry<String, Template> env : step.env().entrySet()) {
        envContext.put(env.getKey(), evaluate(env.getValue(), envContext));
      }
    } catch (RehearsalException e) {
      return fail(step, e);
    }
    boolean runs;
    try {
      runs = step.condition().evaluate(contexts.of(envContext));
    } catch (RehearsalException e) {
      fail(step, e);
      return false;
    }
    if (!runs) {
      contexts.record(step.id(), Outcome.SKIPPED, Outcome.SKIPPED, Map.of());
      return true;
    }
    StepEffects effects = new StepEffects();
    Outcome outcome = run(index, step, envContext, effects);
    effects.environment().forEach(this::export);
    effects.paths().forEach(context::addPath);
    if (outcome == Outcome.SUCCESS && effects.failed()) {
      outcome = Outcome.FAILURE;
    }
    Outcome conclusion =
        outcome == Outcome.FAILURE && continueOnError(step, envContext) ? Outcome.SUCCESS : outcome;
    contexts.record(step.id(), outcome, conclusion, effects.outputs());
    return true;
  }

  private Outcome run(
      int index, CompositeStep step, Map<String, String> envContext, StepEffects effects) {
    try {
      if (step.action() instanceof CompositeStep.Run script) {
        return script(step, script, envContext, effects);
      }
      return uses(index, step, (CompositeStep.Uses) step.action(), envContext, effects);
    } catch (ActionFailedException e) {
      log().error(e.getMessage());
    } catch (RehearsalException e) {
      log().error(where(step) + e.getMessage());
    } catch (RuntimeException e) {
      // An action's unexpected error fails its step, as an uncaught error fails a Node action.
      log().error(e.toString());
    }
    return Outcome.FAILURE;
  }

  private Outcome script(
      CompositeStep step,
      CompositeStep.Run run,
      Map<String, String> envContext,
      StepEffects effects) {
    ScriptStep script =
        new ScriptStep(
            evaluate(run.script(), envContext),
            Optional.of(evaluate(run.shell(), envContext)),
            run.workingDirectory().map(directory -> evaluate(directory, envContext)));
    Map<String, String> environment = environment(envContext, contextName(step, "__run"));
    ScriptRunner.Prepared prepared =
        ScriptRunner.announce(
            script, log(), context.workspace(), context.runnerTemp(), environment, envContext);
    ActionContext nested = context.nested(Map.of(), envContext, environment, Map.of(), effects);
    ProcessOutcome outcome =
        nested.runProcess(
            prepared.shell().command(prepared.scriptFile()), prepared.directory(), environment);
    if (outcome.cancelled() || outcome.timedOut()) {
      log().error("The operation was canceled.");
      return Outcome.CANCELLED;
    }
    if (outcome.exitCode() != 0) {
      log().error("Process completed with exit code " + outcome.exitCode() + ".");
      return Outcome.FAILURE;
    }
    return Outcome.SUCCESS;
  }

  private Outcome uses(
      int index,
      CompositeStep step,
      CompositeStep.Uses uses,
      Map<String, String> envContext,
      StepEffects effects) {
    NativeAction action = actions.apply(index, context.workspace());
    Map<String, String> given = new LinkedHashMap<>();
    uses.with().forEach((name, value) -> given.put(name, evaluate(value, envContext)));
    ActionMetadata metadata = action.metadata();
    Map<String, String> inputs =
        metadata.inputsWith(
            given,
            written -> ActionExpressions.inputDefault(written, context.expressionContexts()));
    ActionDetails.print(log(), uses.action(), metadata, given, inputs, envContext);
    if (metadata.hasPre()) {
      log().warning("The pre step of " + uses.action() + " does not run inside a composite action");
    }
    Map<String, String> environment = actionEnvironment(step, uses.action(), envContext);
    ActionContext nested = context.nested(inputs, envContext, environment, Map.of(), effects);
    action.main(nested);
    if (metadata.hasPost()) {
      posts.accept(
          new NestedPost(
              action,
              metadata.postCondition().orElseThrow(),
              inputs,
              envContext,
              environment,
              effects.state()));
    }
    return Outcome.SUCCESS;
  }

  /** The process environment of a step that uses an action: which action it is, too. */
  private Map<String, String> actionEnvironment(
      CompositeStep step, ActionRef action, Map<String, String> envContext) {
    String generated =
        action instanceof ActionRef.Repository repository
            ? "__" + repository.owner() + "_" + repository.repository()
            : "__self";
    Map<String, String> environment = environment(envContext, contextName(step, generated));
    if (action instanceof ActionRef.Repository repository) {
      environment.put(
          "GITHUB_ACTION_REPOSITORY", repository.owner() + "/" + repository.repository());
      environment.put("GITHUB_ACTION_REF", repository.ref());
    } else {
      environment.remove("GITHUB_ACTION_REPOSITORY");
      environment.remove("GITHUB_ACTION_REF");
    }
    return environment;
  }

  /**
   * A step's process environment: the composite step's (with what earlier steps exported and added
   * to {@code PATH}), the step's env context, its {@code GITHUB_ACTION}, and {@code
   * GITHUB_ACTION_PATH}, the composite's folder (the runner sets {@code github.action_path} for
   * each step of a composite action).
   */
  private Map<String, String> environment(Map<String, String> envContext, String contextName) {
    Map<String, String> environment = new LinkedHashMap<>(context.environment());
    environment.putAll(envContext);
    environment.put("GITHUB_ACTION", contextName);
    environment.put("GITHUB_ACTION_PATH", manifest.directory().toString());
    return environment;
  }

  /** The step's id, or a name made up as the runner makes one: {@code __run}, {@code __run_2}. */
  private String contextName(CompositeStep step, String generated) {
    if (step.id().isPresent()) {
      return step.id().get();
    }
    int count = generatedNames.merge(generated, 1, Integer::sum);
    return count == 1 ? generated : generated + "_" + count;
  }

  /** The composite's outputs, then its own conclusion: failed when one of its steps failed. */
  void finish() {
    Map<String, String> envContext = new LinkedHashMap<>(context.envContext());
    envContext.putAll(exports);
    for (Map.Entry<String, Template> output : runs.outputs().entrySet()) {
      try {
        context.setOutput(output.getKey(), evaluate(output.getValue(), envContext));
      } catch (RehearsalException e) {
        log().error(manifest.file() + ", outputs." + output.getKey() + ": " + e.getMessage());
        context.fail();
      }
    }
    if (contexts.status() != JobStatus.SUCCESS) {
      context.fail();
    }
  }

  private boolean fail(CompositeStep step, RehearsalException e) {
    log().error(where(step) + e.getMessage());
    contexts.record(step.id(), Outcome.FAILURE, Outcome.FAILURE, Map.of());
    return true;
  }

  private String where(CompositeStep step) {
    return manifest.file() + ", " + step.where() + ": ";
  }

  private void export(String name, String value) {
    exports.put(name, value);
    context.exportVariable(name, value);
  }

  private boolean continueOnError(CompositeStep step, Map<String, String> envContext) {
    if (step.continueOnError().isEmpty()) {
      return false;
    }
    String value = evaluate(step.continueOnError().get(), envContext);
    if (!value.equals("true") && !value.equals("false")) {
      log().error(where(step) + "Unexpected value '" + value + "' for continue-on-error");
      return false;
    }
    return value.equals("true");
  }

  private String evaluate(Template template, Map<String, String> envContext) {
    Contexts values = contexts.of(envContext);
    return template.evaluate(values).asString();
  }

  private StepLog log() {
    return context.log();
  }
}
