package dev.rehearsal.provisioner.direct.driver;

import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;

/**
 * Creates, updates and deletes the resources of one CloudFormation type through its service's API.
 * Every method either does all of its work or throws the service's exception; a create that fails
 * after its resource exists deletes it again, so that nothing is left half-made.
 */
public interface ResourceDriver {
  /** Makes {@code resource} and says what the service gave it. */
  Applied create(ResolvedResource resource);

  /**
   * Changes {@code current} in place to {@code desired}: only the properties that differ, each with
   * its own call. Properties that require replacement never reach here (the plan replaces).
   */
  Applied update(DeployedResource current, ResolvedResource desired);

  /** Deletes {@code resource}; one that is gone already is deleted. */
  void delete(DeployedResource resource);
}
