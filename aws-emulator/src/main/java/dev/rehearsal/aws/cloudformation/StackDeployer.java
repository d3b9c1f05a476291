package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.cloudformation.resources.ResourceDrivers;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.plan.Plan;
import dev.rehearsal.core.cloudformation.plan.PlanExecution;
import dev.rehearsal.core.cloudformation.plan.PlanStep;
import dev.rehearsal.core.cloudformation.plan.StackPlanner;
import dev.rehearsal.core.error.RehearsalException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates, updates and deletes stacks by executing core's plans, with the status transitions and
 * events CloudFormation has (User Guide, "Stack status codes"): {@code CREATE_IN_PROGRESS} to
 * {@code CREATE_COMPLETE}, or on a failure {@code ROLLBACK_IN_PROGRESS} to {@code
 * ROLLBACK_COMPLETE} with nothing left behind; {@code UPDATE_IN_PROGRESS}, the cleanup phase, and
 * {@code UPDATE_COMPLETE}, or {@code UPDATE_ROLLBACK_*} back to the previous template; {@code
 * DELETE_IN_PROGRESS} to {@code DELETE_COMPLETE} or {@code DELETE_FAILED}.
 *
 * <p>An operation runs to its end before the API call that started it answers, so the events are
 * final when a waiter first asks. A stack found in progress when the emulator starts (it was
 * stopped midway) is rolled back, or its delete finished ({@link #recover}).
 */
final class StackDeployer {
  private final ResourceDrivers drivers;
  private final StackStore store;
  private final Clock clock;
  private final String region;
  private final String accountId;

  StackDeployer(
      ResourceDrivers drivers, StackStore store, Clock clock, String region, String accountId) {
    this.drivers = drivers;
    this.store = store;
    this.clock = clock;
    this.region = region;
    this.accountId = accountId;
  }

  /** The settings of the stack's next operation: a seed of its own, so new names are new. */
  StackSettings nextSettings(Stack stack, Map<String, String> parameters) {
    return settings(stack, parameters, stack.seed + stack.operations + 1);
  }

  /** The settings of an operation on {@code stack} that draws new names from {@code seed}. */
  StackSettings settings(Stack stack, Map<String, String> parameters, long seed) {
    return new StackSettings(stack.stackName, region, accountId, parameters, seed)
        .withStackId(stack.stackId);
  }

  void create(Stack stack, Template template, StackSettings settings, Caller caller) {
    StackJournal journal = begin(stack, "CREATE", settings);
    journal.stackStatus("CREATE_IN_PROGRESS", "User Initiated");
    PlanExecution execution = new PlanExecution(template, settings, Map.of());
    PlanRunner runner = new PlanRunner(drivers, journal, caller, execution);
    Plan plan = StackPlanner.plan(template, settings, Map.of());
    try {
      runner.apply(plan.steps());
    } catch (PlanRunner.ResourceFailed failed) {
      String reason = "The following resource(s) failed to create: [" + failed.logicalId + "]. ";
      if (stack.disableRollback) {
        stack.pending = null;
        journal.stackStatus("CREATE_FAILED", reason);
        return;
      }
      journal.stackStatus("ROLLBACK_IN_PROGRESS", reason + "Rollback requested by user.");
      rollBackCreate(journal, caller);
      return;
    }
    finish(journal, execution, template, plan, "CREATE_COMPLETE");
  }

  /** Updates the stack to {@code template} (its text: {@code body}); kept only on success. */
  void update(Stack stack, Template template, String body, StackSettings settings, Caller caller) {
    StackJournal journal = begin(stack, "UPDATE", settings);
    stack.lastUpdatedTime = journal.now();
    journal.stackStatus("UPDATE_IN_PROGRESS", "User Initiated");
    Map<String, DeployedResource> before = stack.deployed();
    PlanExecution execution = new PlanExecution(template, settings, before);
    PlanRunner runner = new PlanRunner(drivers, journal, caller, execution);
    Plan plan = StackPlanner.plan(template, settings, before);
    try {
      runner.apply(plan.steps());
    } catch (PlanRunner.ResourceFailed failed) {
      journal.stackStatus(
          "UPDATE_ROLLBACK_IN_PROGRESS",
          "The following resource(s) failed to update: [" + failed.logicalId + "]. ");
      rollBackUpdate(journal, caller);
      return;
    }
    // The update has succeeded: the stack is the new template's from here, so that a stop during
    // the cleanup finishes it, as CloudFormation never rolls back from the cleanup phase.
    stack.templateBody = body;
    commit(stack, execution, template, plan);
    journal.stackStatus("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null);
    runner.delete(deletes(plan.steps()), false);
    forgetRemoved(journal, execution);
    stack.pending = null;
    journal.stackStatus("UPDATE_COMPLETE", null);
  }

  void delete(Stack stack, Caller caller) {
    StackJournal journal = new StackJournal(stack, store, clock);
    if (stack.pending == null) {
      stack.pending = new Stack.Pending("DELETE", null, Map.of(), stack.seed, Map.of());
    }
    journal.stackStatus("DELETE_IN_PROGRESS", "User Initiated");
    Map<String, DeployedResource> deployed = stack.deployed();
    PlanExecution execution = PlanExecution.teardown(deployed);
    PlanRunner runner = new PlanRunner(drivers, journal, caller, execution);
    try {
      runner.delete(StackPlanner.teardown(deployed), true);
    } catch (PlanRunner.ResourceFailed failed) {
      stack.pending = null;
      journal.stackStatus(
          "DELETE_FAILED",
          "The following resource(s) failed to delete: [" + failed.logicalId + "]. ");
      return;
    }
    stack.pending = null;
    stack.deletionTime = journal.now();
    stack.outputs = new ArrayList<>();
    journal.stackStatus("DELETE_COMPLETE", null);
  }

  /**
   * Finishes what a stopped emulator left in progress, the way CloudFormation would after a
   * failure: a create or an update is rolled back, an update in its cleanup phase and a delete go
   * on; a change set being executed takes the outcome.
   */
  void recover(Stack stack, Caller caller) {
    Stack.Pending pending = stack.pending;
    if (pending == null) {
      return;
    }
    StackJournal journal = new StackJournal(stack, store, clock);
    String reason = "The emulator stopped while this operation was in progress. ";
    switch (pending.kind()) {
      case "CREATE" -> {
        journal.stackStatus("ROLLBACK_IN_PROGRESS", reason + "Rollback requested by user.");
        rollBackCreate(journal, caller);
      }
      case "UPDATE" -> {
        if ("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS".equals(stack.status)) {
          finishCleanup(journal, caller);
        } else {
          if (!stack.status.startsWith("UPDATE_ROLLBACK_")) {
            journal.stackStatus("UPDATE_ROLLBACK_IN_PROGRESS", reason);
          } // else a rollback was under way: it goes on from where it stopped
          rollBackUpdate(journal, caller);
        }
      }
      default -> delete(stack, caller);
    }
    stack.settleChangeSets();
    journal.save();
  }

  /**
   * The cleanup of an update that had succeeded: the old halves of its replacements and the
   * resources its template no longer has are deleted; a failure leaves one behind, as
   * CloudFormation's cleanup does, and the update is complete all the same.
   */
  private void finishCleanup(StackJournal journal, Caller caller) {
    Stack stack = journal.stack();
    Map<String, DeployedResource> now = stack.deployed();
    oldHalves(stack.pending.before(), now).values().forEach(old -> deleteQuietly(caller, old));
    StackSettings settings = settings(stack, stack.parameters, stack.seed + stack.operations);
    Template template = Template.parse(stack.templateBody);
    PlanExecution execution = new PlanExecution(template, settings, now);
    PlanRunner runner = new PlanRunner(drivers, journal, caller, execution);
    runner.delete(deletes(StackPlanner.plan(template, settings, now).steps()), false);
    forgetRemoved(journal, execution);
    stack.pending = null;
    journal.stackStatus("UPDATE_COMPLETE", null);
  }

  /**
   * The resources {@code before} had whose physical id is another one {@code now}: the old halves
   * of replacements (or of replacements under way, whose new half was written down first).
   */
  private static Map<String, DeployedResource> oldHalves(
      Map<String, DeployedResource> before, Map<String, DeployedResource> now) {
    Map<String, DeployedResource> old = new LinkedHashMap<>();
    before.forEach(
        (id, resource) -> {
          DeployedResource current = now.get(id);
          if (current != null && !current.physicalId().equals(resource.physicalId())) {
            old.put(id, resource);
          }
        });
    return old;
  }

  /** Deletes a resource no step owns any more; one that fails stays behind, unreported. */
  private void deleteQuietly(Caller caller, DeployedResource resource) {
    try {
      drivers.of(resource.type()).delete(caller, resource);
    } catch (RehearsalException e) {
      // left behind, as a failed cleanup leaves it in CloudFormation
    }
  }

  private StackJournal begin(Stack stack, String kind, StackSettings settings) {
    stack.operations++;
    stack.pending =
        new Stack.Pending(
            kind,
            stack.templateBody,
            stack.parameters,
            stack.seed + stack.operations - 1,
            stack.deployed());
    return new StackJournal(stack, store, clock);
  }

  private void rollBackCreate(StackJournal journal, Caller caller) {
    Stack stack = journal.stack();
    Map<String, DeployedResource> created = stack.deployed();
    PlanExecution execution = PlanExecution.teardown(created);
    PlanRunner runner = new PlanRunner(drivers, journal, caller, execution);
    failedResourcesDeleted(journal);
    try {
      runner.delete(StackPlanner.teardown(created), true);
    } catch (PlanRunner.ResourceFailed failed) {
      stack.pending = null;
      journal.stackStatus(
          "ROLLBACK_FAILED",
          "The following resource(s) failed to delete: [" + failed.logicalId + "]. ");
      return;
    }
    stack.pending = null;
    journal.stackStatus("ROLLBACK_COMPLETE", null);
  }

  /**
   * Puts back what the update changed, as an update to the previous template: the old halves of
   * replacements become the resources again, everything else is updated back to its previous
   * properties, and in the cleanup phase the resources the update added and the new halves of
   * replacements are deleted (after the updates, so nothing refers to them any more).
   */
  private void rollBackUpdate(StackJournal journal, Caller caller) {
    Stack stack = journal.stack();
    Stack.Pending pending = stack.pending;
    failedResourcesDeleted(journal);
    Map<String, DeployedResource> now = stack.deployed();
    Map<String, DeployedResource> switching = oldHalves(pending.before(), now);
    Map<String, DeployedResource> newHalves = new LinkedHashMap<>();
    switching.keySet().forEach(id -> newHalves.put(id, now.get(id)));
    stack.pending = pending.abandoning(newHalves);
    journal.save(); // before the switch: afterwards nothing else names the new halves
    switching.forEach(
        (id, old) -> {
          now.put(id, old);
          journal.resource(id, old.type(), "UPDATE_COMPLETE", null, old, null);
        });
    StackSettings previous = settings(stack, pending.parameters(), pending.seed());
    Template template = Template.parse(pending.templateBody());
    PlanExecution execution = new PlanExecution(template, previous, now);
    PlanRunner runner = new PlanRunner(drivers, journal, caller, execution);
    Plan plan = StackPlanner.plan(template, previous, now);
    try {
      runner.apply(plan.steps());
      journal.stackStatus("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", null);
      runner.delete(deletes(plan.steps()), false);
    } catch (PlanRunner.ResourceFailed e) {
      stack.pending = null;
      journal.stackStatus(
          "UPDATE_ROLLBACK_FAILED",
          "The following resource(s) failed to roll back: [" + e.logicalId + "]. ");
      return;
    }
    stack.pending.abandoned().values().forEach(replacement -> deleteQuietly(caller, replacement));
    forgetRemoved(journal, execution);
    stack.outputs = new ArrayList<>(execution.outputs().stream().map(StackOutput::of).toList());
    stack.pending = null;
    journal.stackStatus("UPDATE_ROLLBACK_COMPLETE", null);
  }

  /** A resource whose create failed exists nowhere: CloudFormation reports it deleted. */
  private static void failedResourcesDeleted(StackJournal journal) {
    for (StackResourceState resource : List.copyOf(journal.stack().resources.values())) {
      if (resource.deployed() == null && resource.status().endsWith("_FAILED")) {
        journal.resource(
            resource.logicalId(), resource.type(), "DELETE_COMPLETE", null, null, null);
        journal.forget(resource.logicalId());
      }
    }
  }

  private void finish(
      StackJournal journal, PlanExecution execution, Template template, Plan plan, String status) {
    Stack stack = journal.stack();
    commit(stack, execution, template, plan);
    stack.pending = null;
    journal.stackStatus(status, null);
  }

  /** What the stack is once {@code plan} has been applied: description, outputs, parameters. */
  private static void commit(Stack stack, PlanExecution execution, Template template, Plan plan) {
    stack.description = template.source().root().path("Description").asText(null);
    stack.outputs = new ArrayList<>(execution.outputs().stream().map(StackOutput::of).toList());
    stack.parameters = new LinkedHashMap<>();
    stack.noEcho = new ArrayList<>();
    plan.desired()
        .parameters()
        .values()
        .forEach(
            value -> {
              stack.parameters.put(value.name(), value.text());
              if (value.noEcho()) {
                stack.noEcho.add(value.name());
              }
            });
  }

  /** Resources no longer in the stack after an update's cleanup leave its resource list. */
  private static void forgetRemoved(StackJournal journal, PlanExecution execution) {
    Map<String, DeployedResource> remaining = execution.deployed();
    for (String logicalId : List.copyOf(journal.stack().resources.keySet())) {
      if (!remaining.containsKey(logicalId)) {
        journal.forget(logicalId);
      }
    }
  }

  private static List<PlanStep.Delete> deletes(List<PlanStep> steps) {
    return steps.stream()
        .filter(PlanStep.Delete.class::isInstance)
        .map(PlanStep.Delete.class::cast)
        .toList();
  }
}
