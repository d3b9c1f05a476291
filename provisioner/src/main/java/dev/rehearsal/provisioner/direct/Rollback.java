package dev.rehearsal.provisioner.direct;

import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.cloudformation.plan.Plan;
import dev.rehearsal.core.cloudformation.plan.PlanExecution;
import dev.rehearsal.core.cloudformation.plan.PlanStep;
import dev.rehearsal.core.cloudformation.plan.StackPlanner;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.direct.driver.Drivers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What CloudFormation does when a resource fails (User Guide, "Stack failure options": roll back
 * all stack resources). A failed create deletes everything the apply made ({@code
 * ROLLBACK_COMPLETE}; the state record goes too, as nothing is left). A failed update plans the
 * previous template against the resources as they are now, with each replaced resource's old half
 * back in its place: that puts back what the apply changed; then the new halves and the resources
 * the apply added are deleted ({@code UPDATE_ROLLBACK_COMPLETE}).
 */
final class Rollback {
  private final Drivers drivers;
  private final StateFile file;
  private final EventLog log;
  private final Deletion deletion;

  Rollback(Drivers drivers, StateFile file, EventLog log) {
    this.drivers = drivers;
    this.file = file;
    this.log = log;
    this.deletion = new Deletion(drivers, log);
  }

  StackResult after(
      StepFailed failed,
      PlanExecution execution,
      StackState state,
      List<DeployedResource> otherLeftovers,
      boolean creating) {
    String verb = failed.updating() ? "update" : "create";
    String reason =
        "The following resource(s) failed to " + verb + ": [" + failed.logicalId() + "].";
    log.note(failed.logicalId() + " failed: " + failed.getMessage());
    if (creating) {
      log.note("Rolling back: deleting every resource this apply created.");
      log.stack("ROLLBACK_IN_PROGRESS", reason + " Rollback requested by user.");
      return afterCreate(execution.deployed(), state);
    }
    log.note("Rolling back: putting back what this apply updated, then deleting what it created.");
    log.stack("UPDATE_ROLLBACK_IN_PROGRESS", reason);
    return afterUpdate(failed, execution, state, otherLeftovers);
  }

  private StackResult afterCreate(Map<String, DeployedResource> made, StackState state) {
    Map<String, DeployedResource> remaining = new LinkedHashMap<>(made);
    for (PlanStep.Delete step : StackPlanner.teardown(made)) {
      try {
        deletion.delete(made.get(step.logicalId()));
        remaining.remove(step.logicalId());
      } catch (StepFailed stillThere) {
        // recorded below: ROLLBACK_FAILED
      }
    }
    String status = remaining.isEmpty() ? "ROLLBACK_COMPLETE" : "ROLLBACK_FAILED";
    if (remaining.isEmpty()) {
      file.delete();
    } else {
      file.write(state.with(status, remaining.values(), List.of()));
    }
    log.stack(status, null);
    return result(state, status, Map.of());
  }

  private StackResult afterUpdate(
      StepFailed failed,
      PlanExecution execution,
      StackState state,
      List<DeployedResource> otherLeftovers) {
    Map<String, DeployedResource> restored = execution.deployed();
    List<DeployedResource> leftovers = new ArrayList<>(otherLeftovers);
    execution
        .replaced()
        .forEach(
            (id, old) -> {
              leftovers.add(restored.get(id));
              restored.put(id, old);
            });
    failed.attempted().ifPresent(a -> restored.put(a.logicalId(), a));
    Template previous = Template.parse(state.template());
    StackSettings settings =
        new StackSettings(
            state.stackName(),
            state.region(),
            state.accountId(),
            state.parameters(),
            ThreadLocalRandom.current().nextLong());
    Plan back = StackPlanner.plan(previous, settings, restored);
    PlanExecution undoing = new PlanExecution(previous, settings, restored);
    Saver saver = new Saver(state, leftovers, undoing);
    StepRunner runner =
        new StepRunner(drivers, undoing, log, () -> saver.save("UPDATE_ROLLBACK_IN_PROGRESS"));
    try {
      for (PlanStep step : back.steps()) {
        if (!(step instanceof PlanStep.Delete)) {
          runner.apply(step);
        }
      }
    } catch (StepFailed alsoFailed) {
      saver.save("UPDATE_ROLLBACK_FAILED");
      log.stack("UPDATE_ROLLBACK_FAILED", alsoFailed.getMessage());
      return result(state, "UPDATE_ROLLBACK_FAILED", state.outputs());
    }
    log.stack("UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", null);
    for (DeployedResource newHalf : List.copyOf(leftovers)) {
      try {
        deletion.delete(newHalf);
        leftovers.remove(newHalf);
      } catch (StepFailed stillThere) {
        // stays a leftover, which the next apply deletes first
      }
    }
    for (PlanStep step : back.steps()) {
      if (step instanceof PlanStep.Delete delete) {
        try {
          runner.delete(delete);
        } catch (StepFailed stillThere) {
          // stays recorded: the next apply's plan deletes it
        }
      }
    }
    saver.save("UPDATE_ROLLBACK_COMPLETE");
    log.stack("UPDATE_ROLLBACK_COMPLETE", null);
    return result(state, "UPDATE_ROLLBACK_COMPLETE", state.outputs());
  }

  private StackResult result(StackState state, String status, Map<String, String> outputs) {
    return new StackResult(
        state.stackName(), status, false, true, log.firstFailure(), outputs, log.all());
  }

  /** Writes the record as the rollback leaves it: the previous template's, with what is left. */
  private final class Saver {
    private final StackState state;
    private final List<DeployedResource> leftovers;
    private final PlanExecution undoing;

    Saver(StackState state, List<DeployedResource> leftovers, PlanExecution undoing) {
      this.state = state;
      this.leftovers = leftovers;
      this.undoing = undoing;
    }

    void save(String status) {
      List<DeployedResource> all = new ArrayList<>(leftovers);
      all.addAll(undoing.replaced().values());
      file.write(state.with(status, undoing.deployed().values(), all));
    }
  }
}
