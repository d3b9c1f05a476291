package dev.rehearsal.provisioner.direct;

import dev.rehearsal.provisioner.ProvisionListener;
import dev.rehearsal.provisioner.StackEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events of one run, each told to the listener as it happens, in CloudFormation's statuses and
 * reasons so that both ways read alike.
 */
final class EventLog {
  private final ProvisionListener listener;
  private final String stackName;
  private final String stackId;
  private final List<StackEvent> events = new ArrayList<>();

  EventLog(ProvisionListener listener, String stackName, String stackId) {
    this.listener = listener;
    this.stackName = stackName;
    this.stackId = stackId;
  }

  void resource(String logicalId, String type, String physicalId, String status, String reason) {
    add(
        new StackEvent(
            Instant.now(), logicalId, type, physicalId, status, Optional.ofNullable(reason)));
  }

  void stack(String status, String reason) {
    add(
        new StackEvent(
            Instant.now(),
            stackName,
            StackEvent.STACK_TYPE,
            stackId,
            status,
            Optional.ofNullable(reason)));
  }

  void note(String message) {
    listener.note(message);
  }

  List<StackEvent> all() {
    return List.copyOf(events);
  }

  /** The first resource that failed: what a reader of the run is shown as its cause. */
  Optional<StackEvent> firstFailure() {
    return events.stream().filter(e -> e.failed() && !e.stack()).findFirst();
  }

  private void add(StackEvent event) {
    events.add(event);
    listener.event(event);
  }
}
