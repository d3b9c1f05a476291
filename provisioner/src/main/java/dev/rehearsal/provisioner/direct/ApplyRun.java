package dev.rehearsal.provisioner.direct;

import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedOutput;
import dev.rehearsal.core.cloudformation.plan.PlanExecution;
import dev.rehearsal.core.cloudformation.plan.PlanStep;
import dev.rehearsal.provisioner.StackRequest;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.direct.driver.Drivers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One apply of the direct way, in CloudFormation's phases: creates and updates in dependency order;
 * then the cleanup, which deletes what the template no longer has and the old halves of
 * replacements. A failure before the cleanup rolls back ({@link Rollback}); a delete that fails in
 * the cleanup leaves its resource recorded, for the next apply to delete.
 */
final class ApplyRun {
  private final Drivers drivers;
  private final StateFile file;
  private final StackRequest request;
  private final Planned planned;
  private final EventLog log;
  private final boolean creating;
  private final List<DeployedResource> oldLeftovers;
  private StackState state;

  ApplyRun(
      Drivers drivers,
      StateFile file,
      StackState state,
      StackRequest request,
      Planned planned,
      EventLog log) {
    this.drivers = drivers;
    this.file = file;
    this.state = state;
    this.request = request;
    this.planned = planned;
    this.log = log;
    this.creating = !state.applied();
    this.oldLeftovers = new ArrayList<>(state.leftovers());
  }

  StackResult run() {
    String verb = creating ? "CREATE" : "UPDATE";
    log.stack(verb + "_IN_PROGRESS", "User Initiated");
    PlanExecution execution =
        new PlanExecution(request.template(), planned.settings(), state.deployed());
    Runnable save = () -> save(execution, verb + "_IN_PROGRESS");
    save.run();
    deleteOldLeftovers(save);
    StepRunner runner = new StepRunner(drivers, execution, log, save);
    try {
      for (PlanStep step : planned.plan().steps()) {
        if (!(step instanceof PlanStep.Delete)) {
          runner.apply(step);
        }
      }
    } catch (StepFailed failed) {
      return new Rollback(drivers, file, log)
          .after(failed, execution, state, oldLeftovers, creating);
    }
    if (!creating) {
      log.stack("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", null);
    }
    boolean cleaned = cleanup(runner);
    Map<String, String> outputs = outputs(execution.outputs());
    save(execution, verb + "_COMPLETE");
    state = state.applied(request.templateBody(), request.parameters(), outputs);
    file.write(state);
    log.stack(verb + "_COMPLETE", null);
    if (!cleaned) {
      log.note(
          "Some resources could not be deleted; they stay recorded and the next apply tries again.");
    }
    return new StackResult(
        state.stackName(), state.status(), cleaned, true, log.firstFailure(), outputs, log.all());
  }

  /** The cleanup phase; whether every delete succeeded. */
  private boolean cleanup(StepRunner runner) {
    boolean cleaned = true;
    for (PlanStep step : planned.plan().steps()) {
      if (step instanceof PlanStep.Delete delete) {
        try {
          runner.delete(delete);
        } catch (StepFailed failed) {
          cleaned = false;
        }
      }
    }
    return cleaned;
  }

  /** The old halves an interrupted earlier apply left: its cleanup, done first. */
  private void deleteOldLeftovers(Runnable save) {
    Deletion deletion = new Deletion(drivers, log);
    for (DeployedResource leftover : List.copyOf(oldLeftovers)) {
      try {
        deletion.delete(leftover);
        oldLeftovers.remove(leftover);
        save.run();
      } catch (StepFailed failed) {
        // kept: recorded still, tried again by the next apply
      }
    }
  }

  private void save(PlanExecution execution, String status) {
    List<DeployedResource> leftovers = new ArrayList<>(oldLeftovers);
    leftovers.addAll(execution.replaced().values());
    state = state.with(status, execution.deployed().values(), leftovers);
    file.write(state);
  }

  static Map<String, String> outputs(List<ResolvedOutput> outputs) {
    Map<String, String> values = new LinkedHashMap<>();
    outputs.forEach(output -> values.put(output.name(), output.value()));
    return values;
  }
}
