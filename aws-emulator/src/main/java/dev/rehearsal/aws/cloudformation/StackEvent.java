package dev.rehearsal.aws.cloudformation;

import java.time.Instant;

/**
 * One event of a stack, as {@code DescribeStackEvents} gives it (botocore {@code StackEvent}); the
 * stack's own events name the stack as the logical id and {@code AWS::CloudFormation::Stack} as the
 * type.
 */
public record StackEvent(
    String eventId,
    String logicalResourceId,
    String physicalResourceId,
    String resourceType,
    Instant timestamp,
    String resourceStatus,
    String resourceStatusReason,
    String resourceProperties) {}
