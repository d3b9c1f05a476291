package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.cloudformation.resources.Applied;
import dev.rehearsal.aws.cloudformation.resources.ResourceDriver;
import dev.rehearsal.aws.cloudformation.resources.ResourceDrivers;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.plan.PlanExecution;
import dev.rehearsal.core.cloudformation.plan.PlanStep;
import dev.rehearsal.core.error.RehearsalException;
import java.util.List;

/**
 * Takes a plan's steps through the resource drivers, one at a time, recording each status change as
 * CloudFormation reports it. A resource about to be created, replaced or updated is written down
 * before the call as it will be (the physical id it will have, the properties it will have), so a
 * crash in between leaves a trace a rollback can follow: the old half of a replacement is the
 * stack's {@link Stack.Pending#before}.
 */
final class PlanRunner {
  /** A resource that failed; the journal has its reason already. */
  static final class ResourceFailed extends RuntimeException {
    final String logicalId;

    ResourceFailed(String logicalId) {
      super(logicalId, null, false, false);
      this.logicalId = logicalId;
    }
  }

  private final ResourceDrivers drivers;
  private final StackJournal journal;
  private final Caller caller;
  private final PlanExecution execution;

  PlanRunner(
      ResourceDrivers drivers, StackJournal journal, Caller caller, PlanExecution execution) {
    this.drivers = drivers;
    this.journal = journal;
    this.caller = caller;
    this.execution = execution;
  }

  /** Creates and updates, in order; stops at the first failure. */
  void apply(List<PlanStep> steps) {
    for (PlanStep step : steps) {
      if (step instanceof PlanStep.Create) {
        create(step, "CREATE", null);
      } else if (step instanceof PlanStep.Update update) {
        update(update);
      }
    }
  }

  /**
   * Deletes, in order. {@code strict}: the first failure stops (a stack delete); otherwise a
   * failure is recorded and the rest go on (an update's cleanup, which cannot fail the update).
   */
  void delete(List<PlanStep.Delete> steps, boolean strict) {
    for (PlanStep.Delete step : steps) {
      DeployedResource resource =
          step.replaced()
              ? execution.replaced().get(step.logicalId())
              : execution.current(step.logicalId()).orElse(null);
      if (resource == null) {
        continue;
      }
      if (!step.replaced()) {
        journal.resource(step.logicalId(), step.type(), "DELETE_IN_PROGRESS", null, resource, null);
      }
      try {
        journal.save();
        drivers.of(step.type()).delete(caller, resource);
      } catch (RehearsalException e) {
        String reason = HandlerMessages.of(step.type(), e);
        if (!step.replaced()) {
          journal.resource(step.logicalId(), step.type(), "DELETE_FAILED", reason, resource, null);
        }
        if (strict) {
          throw new ResourceFailed(step.logicalId());
        }
        continue;
      }
      execution.deleted(step);
      if (!step.replaced()) {
        journal.resource(step.logicalId(), step.type(), "DELETE_COMPLETE", null, null, null);
      }
    }
  }

  private void update(PlanStep.Update step) {
    if (step.replacement()) {
      if (step.failure().isPresent()) {
        DeployedResource current = execution.current(step.logicalId()).orElseThrow();
        journal.resource(
            step.logicalId(), step.type(), "UPDATE_FAILED", step.failure().get(), current, null);
        throw new ResourceFailed(step.logicalId());
      }
      create(
          step,
          "UPDATE",
          "Requested update requires the creation of a new physical resource; hence creating"
              + " one.");
      return;
    }
    DeployedResource current = execution.current(step.logicalId()).orElseThrow();
    ResolvedResource desired = execution.resolve(step);
    // What the resource may be from here on: the driver may have applied part of it when it fails
    // or the emulator stops, so a rollback compares the previous template with this and puts back
    // every property, as CloudFormation's rollback updates a failed resource back.
    DeployedResource intended =
        DeployedResource.of(desired, current.physicalId(), current.attributes());
    journal.resource(
        step.logicalId(),
        step.type(),
        "UPDATE_IN_PROGRESS",
        null,
        intended,
        desired.properties().toString());
    ResourceDriver driver = drivers.of(step.type());
    Applied applied;
    try {
      journal.save();
      applied = driver.update(caller, current, desired);
    } catch (RehearsalException e) {
      journal.resource(
          step.logicalId(),
          step.type(),
          "UPDATE_FAILED",
          HandlerMessages.of(step.type(), e),
          intended,
          null);
      throw new ResourceFailed(step.logicalId());
    }
    DeployedResource updated =
        execution.applied(desired, applied.physicalId(), applied.attributes());
    journal.resource(step.logicalId(), step.type(), "UPDATE_COMPLETE", null, updated, null);
  }

  /**
   * A new resource, or the new half of a replacement ({@code verb} UPDATE). It is written down as
   * the stack's before the call, unless something of its name exists already: that is someone
   * else's (the create will fail with AlreadyExists), and no rollback may delete it.
   */
  private void create(PlanStep step, String verb, String initiated) {
    ResolvedResource desired = execution.resolve(step);
    String type = step.type();
    DeployedResource before =
        verb.equals("CREATE") ? null : execution.current(step.logicalId()).orElse(null);
    DeployedResource intended =
        DeployedResource.of(desired, desired.physicalId(), desired.attributes());
    DeployedResource claimed = drivers.of(type).exists(caller, intended) ? before : intended;
    journal.resource(
        step.logicalId(),
        type,
        verb + "_IN_PROGRESS",
        initiated,
        claimed,
        desired.properties().toString());
    if (verb.equals("CREATE")) {
      journal.resource(
          step.logicalId(),
          type,
          "CREATE_IN_PROGRESS",
          "Resource creation Initiated",
          claimed,
          null);
    }
    Applied applied;
    try {
      journal.save();
      applied = drivers.of(type).create(caller, desired);
    } catch (RehearsalException e) {
      journal.resource(
          step.logicalId(), type, verb + "_FAILED", HandlerMessages.of(type, e), before, null);
      throw new ResourceFailed(step.logicalId());
    }
    DeployedResource created =
        execution.applied(desired, applied.physicalId(), applied.attributes());
    journal.resource(step.logicalId(), type, verb + "_COMPLETE", null, created, null);
  }
}
