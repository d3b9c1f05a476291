package dev.rehearsal.core.cloudformation.resource;

import java.util.Objects;

/**
 * The stack a resource is created in, as the pseudo parameters describe it (User Guide, "Pseudo
 * parameters reference"), plus the seed that makes generated names reproducible.
 */
public record StackEnvironment(
    String stackName,
    String stackId,
    String region,
    String accountId,
    String partition,
    String urlSuffix,
    long seed) {
  public StackEnvironment {
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(stackId, "stackId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(urlSuffix, "urlSuffix");
  }
}
