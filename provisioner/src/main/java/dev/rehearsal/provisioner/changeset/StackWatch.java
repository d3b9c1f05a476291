package dev.rehearsal.provisioner.changeset;

import dev.rehearsal.provisioner.ProvisionListener;
import dev.rehearsal.provisioner.StackEvent;
import dev.rehearsal.provisioner.StackResult;
import dev.rehearsal.provisioner.aws.ServiceErrors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Follows a stack while CloudFormation works on it: each new event ({@code DescribeStackEvents},
 * newest first) told to the listener oldest first, until the stack's status settles; then the
 * result, with the first resource that failed and why.
 */
final class StackWatch {
  /** The reasons CloudFormation gives resources it stopped because another failed. */
  private static final Set<String> CANCELLED =
      Set.of("Resource creation cancelled", "Resource update cancelled");

  private final CloudFormationClient cloudFormation;
  private final ProvisionListener listener;
  private final Set<String> seen = new HashSet<>();
  private final List<StackEvent> events = new ArrayList<>();

  StackWatch(CloudFormationClient cloudFormation, ProvisionListener listener) {
    this.cloudFormation = cloudFormation;
    this.listener = listener;
  }

  /** The id of the stack's newest event now: where the next run's events begin. */
  static Optional<String> newestEvent(CloudFormationClient cloudFormation, String stackId) {
    return ServiceErrors.call(
        "DescribeStackEvents",
        () ->
            cloudFormation.describeStackEvents(b -> b.stackName(stackId)).stackEvents().stream()
                .findFirst()
                .map(software.amazon.awssdk.services.cloudformation.model.StackEvent::eventId));
  }

  /** Follows {@code stackId} until it settles; events up to {@code since} were there before. */
  StackResult follow(String stackName, String stackId, Optional<String> since) {
    Polling polling = new Polling();
    while (true) {
      boolean fresh = readEvents(stackId, since);
      Optional<Stack> stack = Stacks.describe(cloudFormation, stackId);
      String status = stack.map(Stack::stackStatusAsString).orElse("DELETE_COMPLETE");
      if (Stacks.settled(status)) {
        readEvents(stackId, since);
        return result(stackName, status, stack);
      }
      if (fresh) {
        polling.reset();
      }
      polling.pause();
    }
  }

  /** Tells the events not seen yet, oldest first; whether there were any. */
  private boolean readEvents(String stackId, Optional<String> since) {
    List<StackEvent> fresh = new ArrayList<>();
    pages:
    for (var page : cloudFormation.describeStackEventsPaginator(b -> b.stackName(stackId))) {
      for (var event : page.stackEvents()) {
        if (since.filter(event.eventId()::equals).isPresent() || seen.contains(event.eventId())) {
          break pages;
        }
        seen.add(event.eventId());
        fresh.add(
            new StackEvent(
                event.timestamp(),
                event.logicalResourceId(),
                event.resourceType(),
                event.physicalResourceId(),
                event.resourceStatusAsString(),
                Optional.ofNullable(event.resourceStatusReason())));
      }
    }
    Collections.reverse(fresh);
    fresh.forEach(listener::event);
    events.addAll(fresh);
    return !fresh.isEmpty();
  }

  private StackResult result(String stackName, String status, Optional<Stack> stack) {
    Map<String, String> outputs = new LinkedHashMap<>();
    stack.ifPresent(s -> s.outputs().forEach(o -> outputs.put(o.outputKey(), o.outputValue())));
    Optional<StackEvent> failure =
        events.stream()
            .filter(e -> e.failed() && !e.stack())
            .filter(e -> e.reason().filter(CANCELLED::contains).isEmpty())
            .findFirst()
            .or(() -> events.stream().filter(StackEvent::failed).findFirst());
    return new StackResult(
        stackName, status, Stacks.succeeded(status), true, failure, outputs, events);
  }
}
