package dev.rehearsal.provisioner;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an apply or a destroy ended: the stack's final status as CloudFormation names it ({@code
 * CREATE_COMPLETE}, {@code UPDATE_ROLLBACK_COMPLETE}, {@code DELETE_COMPLETE}...), whether anything
 * changed, the first resource that failed and why, the stack's outputs, and every event of the run.
 */
public record StackResult(
    String stackName,
    String status,
    boolean succeeded,
    boolean changed,
    Optional<StackEvent> failure,
    Map<String, String> outputs,
    List<StackEvent> events) {
  public StackResult {
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(failure, "failure");
    outputs = Map.copyOf(outputs);
    events = List.copyOf(events);
  }
}
