package dev.rehearsal.aws.cloudformation;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change set (botocore {@code DescribeChangeSetOutput}): what it was created with, its status,
 * and the changes its plan found, kept so that executing it applies exactly what was described.
 */
public record ChangeSet(
    String id,
    String name,
    String type,
    String status,
    String statusReason,
    String executionStatus,
    Instant creationTime,
    String description,
    String templateBody,
    Map<String, String> parameters,
    List<String> capabilities,
    Map<String, String> tags,
    List<Change> changes,
    long seed) {
  public ChangeSet {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    capabilities = List.copyOf(capabilities);
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    changes = List.copyOf(changes);
  }

  public ChangeSet withExecutionStatus(String status) {
    return new ChangeSet(
        id,
        name,
        type,
        this.status,
        statusReason,
        status,
        creationTime,
        description,
        templateBody,
        parameters,
        capabilities,
        tags,
        changes,
        seed);
  }

  /** One {@code ResourceChange}: {@code Action} {@code Add}, {@code Modify} or {@code Remove}. */
  public record Change(
      String action,
      String logicalResourceId,
      String physicalResourceId,
      String resourceType,
      String replacement,
      List<Detail> details) {
    public Change {
      details = List.copyOf(details);
    }
  }

  /** A {@code ResourceChangeDetail} of a property ({@code Target.Attribute: Properties}). */
  public record Detail(
      String name, String requiresRecreation, String evaluation, String changeSource) {}
}
