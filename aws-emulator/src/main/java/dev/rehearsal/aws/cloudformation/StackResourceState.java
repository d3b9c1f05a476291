package dev.rehearsal.aws.cloudformation;

import dev.rehearsal.core.cloudformation.DeployedResource;
import java.time.Instant;

/**
 * A resource of a stack as {@code DescribeStackResources} gives it: its status and, once its
 * service created it, what the service answered ({@code deployed}; null for a resource never
 * created).
 */
public record StackResourceState(
    String logicalId,
    String type,
    String status,
    String statusReason,
    Instant timestamp,
    DeployedResource deployed) {
  public String physicalId() {
    return deployed == null ? null : deployed.physicalId();
  }
}
