package dev.rehearsal.provisioner.direct;

import dev.rehearsal.core.cloudformation.DeployedResource;
import java.util.Optional;

/**
 * A step that failed: which resource and why (its failure event was logged), and for an update in
 * place, the resource as it was being made to look, since some of its calls may have gone through
 * and a rollback must put those back.
 */
final class StepFailed extends RuntimeException {
  private final String logicalId;
  private final boolean updating;
  private final transient Optional<DeployedResource> attempted;

  StepFailed(
      String logicalId,
      boolean updating,
      String reason,
      Optional<DeployedResource> attempted,
      Throwable cause) {
    super(reason, cause, false, false);
    this.logicalId = logicalId;
    this.updating = updating;
    this.attempted = attempted;
  }

  /** Whether the resource failed to update (else to create, or to delete). */
  boolean updating() {
    return updating;
  }

  String logicalId() {
    return logicalId;
  }

  Optional<DeployedResource> attempted() {
    return attempted;
  }
}
