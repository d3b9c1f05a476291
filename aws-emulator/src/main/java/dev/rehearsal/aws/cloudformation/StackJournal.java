package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.core.cloudformation.DeployedResource;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records what happens to a stack as CloudFormation reports it: each status change of the stack or
 * of a resource becomes an event. The stack is written at each of its own status changes and before
 * every call to a service ({@link #save}), so that a restart finds whatever a call may have made,
 * at one write per step rather than one per event (each write is fsynced).
 */
final class StackJournal {
  static final String STACK_TYPE = "AWS::CloudFormation::Stack";

  private final Stack stack;
  private final StackStore store;
  private final Clock clock;

  StackJournal(Stack stack, StackStore store, Clock clock) {
    this.stack = stack;
    this.store = store;
    this.clock = clock;
  }

  Stack stack() {
    return stack;
  }

  /** The stack's own status, with an event naming the stack. */
  void stackStatus(String status, String reason) {
    Instant now = clock.instant();
    stack.status = status;
    stack.statusReason = reason;
    stack.events.add(
        new StackEvent(
            UUID.randomUUID().toString(),
            stack.stackName,
            stack.stackId,
            STACK_TYPE,
            now,
            status,
            reason,
            null));
    store.save(stack);
  }

  /**
   * A resource's status; {@code deployed} is what exists of it now (null once it is gone or was
   * never made). {@code properties} go into the event as CloudFormation shows them on the first
   * event of a create or update.
   */
  void resource(
      String logicalId,
      String type,
      String status,
      String reason,
      DeployedResource deployed,
      String properties) {
    Instant now = clock.instant();
    stack.resources.put(
        logicalId, new StackResourceState(logicalId, type, status, reason, now, deployed));
    String physicalId = deployed == null ? "" : deployed.physicalId();
    stack.events.add(
        new StackEvent(
            logicalId + "-" + status + "-" + now,
            logicalId,
            physicalId,
            type,
            now,
            status,
            reason,
            properties));
  }

  /** The resource leaves the stack's resource list (its delete event is already recorded). */
  void forget(String logicalId) {
    stack.resources.remove(logicalId);
  }

  /**
   * Writes the stack as it is now. A resource's events stay in memory until the next write: the one
   * before each call to a service (so a restart finds what the call may have made) or the stack's
   * next status; an event lost with a crash after its call is one a restart can tell from the
   * resource's last written state.
   */
  void save() {
    store.save(stack);
  }

  Instant now() {
    return clock.instant();
  }
}
