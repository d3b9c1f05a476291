package dev.rehearsal.provisioner.direct;

import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.provisioner.aws.ServiceErrors;
import dev.rehearsal.provisioner.direct.driver.Drivers;
import java.util.Optional;

/** Deletes one resource through its driver, with its events. */
final class Deletion {
  private final Drivers drivers;
  private final EventLog log;

  Deletion(Drivers drivers, EventLog log) {
    this.drivers = drivers;
    this.log = log;
  }

  /**
   * @throws StepFailed when the service refuses, the failure logged
   */
  void delete(DeployedResource resource) {
    String id = resource.logicalId();
    log.resource(id, resource.type(), resource.physicalId(), "DELETE_IN_PROGRESS", null);
    try {
      drivers.of(resource.type()).delete(resource);
    } catch (RuntimeException e) {
      String reason = ServiceErrors.reason(e);
      log.resource(id, resource.type(), resource.physicalId(), "DELETE_FAILED", reason);
      throw new StepFailed(id, false, reason, Optional.empty(), e);
    }
    log.resource(id, resource.type(), resource.physicalId(), "DELETE_COMPLETE", null);
  }
}
