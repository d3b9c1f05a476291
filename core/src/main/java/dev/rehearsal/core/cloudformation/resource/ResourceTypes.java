package dev.rehearsal.core.cloudformation.resource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The resource types of the flow, by name. */
public final class ResourceTypes {
  private static final Map<String, ResourceType> TYPES =
      List.of(
              new OidcProviderType(),
              new RoleType(),
              new PolicyType(),
              new ManagedPolicyType(),
              new RepositoryType())
          .stream()
          .collect(Collectors.toUnmodifiableMap(ResourceType::name, Function.identity()));

  private ResourceTypes() {}

  public static Optional<ResourceType> of(String name) {
    return Optional.ofNullable(TYPES.get(name));
  }

  /** The names of the modelled types, sorted, for error messages. */
  public static List<String> names() {
    return TYPES.keySet().stream().sorted().toList();
  }
}
