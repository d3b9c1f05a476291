package dev.rehearsal.provisioner;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One status change of a resource or of the stack itself, as CloudFormation's {@code
 * DescribeStackEvents} reports it: the stack's own events have the stack's name as logical id and
 * the type {@code AWS::CloudFormation::Stack}; {@code reason} says why a resource failed.
 */
public record StackEvent(
    Instant timestamp,
    String logicalId,
    String type,
    String physicalId,
    String status,
    Optional<String> reason) {
  public static final String STACK_TYPE = "AWS::CloudFormation::Stack";

  public StackEvent {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(logicalId, "logicalId");
    Objects.requireNonNull(type, "type");
    physicalId = physicalId == null ? "" : physicalId;
    Objects.requireNonNull(status, "status");
    reason = reason.filter(text -> !text.isBlank());
  }

  /** Whether the status is a failure ({@code CREATE_FAILED}, {@code UPDATE_ROLLBACK_FAILED}...). */
  public boolean failed() {
    return status.endsWith("_FAILED");
  }

  /** Whether this event is about the stack rather than one of its resources. */
  public boolean stack() {
    return type.equals(STACK_TYPE);
  }
}
