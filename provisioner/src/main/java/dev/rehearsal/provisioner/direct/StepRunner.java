package dev.rehearsal.provisioner.direct;

import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.plan.PlanExecution;
import dev.rehearsal.core.cloudformation.plan.PlanStep;
import dev.rehearsal.provisioner.aws.ServiceErrors;
import dev.rehearsal.provisioner.direct.driver.Applied;
import dev.rehearsal.provisioner.direct.driver.Drivers;
import dev.rehearsal.provisioner.direct.driver.ResourceDriver;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries out a plan's steps one at a time through the drivers, as CloudFormation does: each
 * resource's properties resolved when its turn comes (against what the services answered for those
 * before it), its events logged, the execution's record updated and saved after each.
 */
final class StepRunner {
  static final String REPLACING =
      "Requested update requires the creation of a new physical resource; hence creating one.";

  private final Drivers drivers;
  private final Deletion deletion;
  private final PlanExecution execution;
  private final EventLog log;
  private final Runnable save;

  StepRunner(Drivers drivers, PlanExecution execution, EventLog log, Runnable save) {
    this.drivers = drivers;
    this.deletion = new Deletion(drivers, log);
    this.execution = execution;
    this.log = log;
    this.save = save;
  }

  /**
   * Creates or updates (or replaces) the step's resource; a {@link PlanStep.NoChange} does nothing.
   *
   * @throws StepFailed when the service refuses, the failure logged
   */
  void apply(PlanStep step) {
    if (step instanceof PlanStep.Create) {
      ResolvedResource resource = execution.resolve(step);
      log.resource(step.logicalId(), step.type(), "", "CREATE_IN_PROGRESS", null);
      Applied applied =
          run(step, "CREATE_FAILED", Optional.empty(), () -> driver(step).create(resource));
      record(resource, applied, "CREATE_COMPLETE");
    } else if (step instanceof PlanStep.Update update) {
      update(update);
    }
  }

  private void update(PlanStep.Update step) {
    String id = step.logicalId();
    log.resource(
        id,
        step.type(),
        step.physicalId(),
        "UPDATE_IN_PROGRESS",
        step.replacement() ? REPLACING : null);
    if (step.failure().isPresent()) {
      log.resource(id, step.type(), step.physicalId(), "UPDATE_FAILED", step.failure().get());
      throw new StepFailed(id, true, step.failure().get(), Optional.empty(), null);
    }
    ResolvedResource resource = execution.resolve(step);
    if (step.replacement()) {
      Applied applied =
          run(step, "UPDATE_FAILED", Optional.empty(), () -> driver(step).create(resource));
      record(resource, applied, "UPDATE_COMPLETE");
      return;
    }
    DeployedResource current = execution.current(id).orElseThrow();
    Optional<DeployedResource> attempted =
        Optional.of(DeployedResource.of(resource, current.physicalId(), current.attributes()));
    Applied applied =
        run(step, "UPDATE_FAILED", attempted, () -> driver(step).update(current, resource));
    record(resource, applied, "UPDATE_COMPLETE");
  }

  /**
   * Deletes a resource removed from the template, or the old half of a replacement.
   *
   * @throws StepFailed when the service refuses, the failure logged
   */
  void delete(PlanStep.Delete step) {
    DeployedResource resource =
        step.replaced()
            ? execution.replaced().get(step.logicalId())
            : execution.current(step.logicalId()).orElseThrow();
    deletion.delete(resource);
    execution.deleted(step);
    save.run();
  }

  private Applied run(
      PlanStep step, String failed, Optional<DeployedResource> attempted, Supplier<Applied> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      String reason = ServiceErrors.reason(e);
      String physicalId = step instanceof PlanStep.Update update ? update.physicalId() : "";
      log.resource(step.logicalId(), step.type(), physicalId, failed, reason);
      throw new StepFailed(step.logicalId(), failed.startsWith("UPDATE"), reason, attempted, e);
    }
  }

  private void record(ResolvedResource resource, Applied applied, String status) {
    execution.applied(resource, applied.physicalId(), applied.attributes());
    save.run();
    log.resource(resource.logicalId(), resource.type(), applied.physicalId(), status, null);
  }

  private ResourceDriver driver(PlanStep step) {
    return drivers.of(step.type());
  }
}
