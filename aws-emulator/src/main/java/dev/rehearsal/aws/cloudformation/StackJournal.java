package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.core.cloudformation.DeployedResource;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records what happens to a stack as CloudFormation reports it: each status change of the stack or
 * of a resource becomes an event, and the stack is written after every one, so that the events a
 * client reads and the state a restart finds are the same.
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
    store.save(stack);
  }

  /** The resource leaves the stack's resource list (its delete event is already recorded). */
  void forget(String logicalId) {
    stack.resources.remove(logicalId);
    store.save(stack);
  }

  void save() {
    store.save(stack);
  }

  Instant now() {
    return clock.instant();
  }
}
