package dev.rehearsal.aws.cloudformation.resources;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;

/**
 * Creates, updates in place and deletes the resources of one type. A failure is the service's own
 * exception, whose code and message become the resource's failure reason.
 */
public interface ResourceDriver {
  /** The CloudFormation type, e.g. {@code AWS::IAM::Role}. */
  String type();

  Applied create(Caller caller, ResolvedResource resource);

  /** Changes {@code current} in place to {@code desired} (never a replacement: the plan's job). */
  Applied update(Caller caller, DeployedResource current, ResolvedResource desired);

  /** Deletes the resource; one that is gone already counts as deleted, as CloudFormation has it. */
  void delete(Caller caller, DeployedResource resource);

  /**
   * Whether something already has the physical id {@code intended} is about to be created with (a
   * custom name): then it is not the stack's, and neither a rollback nor a recovery may delete it.
   * Looked up as the account's root, since it is CloudFormation's own check, not the caller's call.
   * Types whose physical id names nothing a service keeps answer false.
   */
  default boolean exists(Caller caller, DeployedResource intended) {
    return false;
  }
}
