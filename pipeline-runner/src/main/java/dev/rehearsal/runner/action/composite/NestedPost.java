package dev.rehearsal.runner.action.composite;

import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.expression.Condition;
import dev.rehearsal.core.expression.Contexts;
import dev.rehearsal.core.expression.JobStatus;
import dev.rehearsal.core.expression.ObjectValue;
import dev.rehearsal.core.expression.Value;
import dev.rehearsal.core.expression.Values;
import dev.rehearsal.runner.action.ActionContext;
import dev.rehearsal.runner.action.ActionExpressions;
import dev.rehearsal.runner.action.ActionFailedException;
import dev.rehearsal.runner.action.NativeAction;
import dev.rehearsal.runner.command.StepEffects;
import java.util.Locale;
import java.util.Map;

/**
 * The post step of an action a composite action's step used, kept from that step (its inputs, env
 * context, process environment and saved state) to run in the composite's own post step under the
 * action's {@code post-if}, which reads the job's status.
 */
record NestedPost(
    NativeAction action,
    String condition,
    Map<String, String> inputs,
    Map<String, String> envContext,
    Map<String, String> environment,
    Map<String, String> state) {

  void run(ActionContext composite) {
    try {
      if (!Condition.parse(condition, ActionExpressions.STEP_IF).evaluate(contexts(composite))) {
        composite.log().debug("Skipping the post step of an action: " + condition + " is false");
        return;
      }
      StepEffects effects = new StepEffects();
      action.post(composite.nested(inputs, envContext, environment, state, effects));
      effects.environment().forEach(composite::exportVariable);
      effects.paths().forEach(composite::addPath);
      if (effects.failed()) {
        composite.fail();
      }
    } catch (ActionFailedException e) {
      composite.log().error(e.getMessage());
      composite.fail();
    } catch (RehearsalException e) {
      composite.log().error("post-if " + condition + ": " + e.getMessage());
      composite.fail();
    } catch (RuntimeException e) {
      composite.log().error(e.toString());
      composite.fail();
    }
  }

  private Contexts contexts(ActionContext composite) {
    Contexts.Builder builder = Contexts.builder();
    composite.expressionContexts().forEach(builder::put);
    builder.put("env", Values.of(envContext));
    return builder.jobStatus(jobStatus(composite.expressionContexts().get("job"))).build();
  }

  /** {@code job.status} as the status check functions read it. */
  static JobStatus jobStatus(Value job) {
    if (job instanceof ObjectValue object) {
      String status = object.get("status").map(Value::asString).orElse("success");
      return switch (status.toLowerCase(Locale.ROOT)) {
        case "failure" -> JobStatus.FAILURE;
        case "cancelled" -> JobStatus.CANCELLED;
        default -> JobStatus.SUCCESS;
      };
    }
    return JobStatus.SUCCESS;
  }
}
