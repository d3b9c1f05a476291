package dev.rehearsal.aws.cloudformation.resources;

import dev.rehearsal.aws.ecr.RepositoryOperations;
import dev.rehearsal.aws.iam.IamOperations;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The driver of each resource type the emulator's CloudFormation creates. */
public final class ResourceDrivers {
  private final Map<String, ResourceDriver> drivers;

  public ResourceDrivers(IamOperations iam, RepositoryOperations repositories) {
    this.drivers =
        List.of(
                new OidcProviderDriver(iam.providers()),
                new RoleDriver(iam),
                new PolicyDriver(iam.rolePolicies()),
                new ManagedPolicyDriver(iam.managedPolicies()),
                new RepositoryDriver(repositories))
            .stream()
            .collect(Collectors.toUnmodifiableMap(ResourceDriver::type, Function.identity()));
  }

  /** The driver of {@code type}; core's template model admits no other type. */
  public ResourceDriver of(String type) {
    ResourceDriver driver = drivers.get(type);
    if (driver == null) {
      throw new IllegalStateException("no driver for " + type);
    }
    return driver;
  }
}
