package dev.rehearsal.aws.iam;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything IAM holds for the account, immutable: providers by ARN, roles by lower-case name (IAM
 * role names are unique regardless of case), managed policies by ARN.
 */
public record IamState(
    Map<String, ProviderEntity> providers,
    Map<String, RoleEntity> roles,
    Map<String, ManagedPolicyEntity> policies) {
  public IamState {
    providers = Collections.unmodifiableMap(new TreeMap<>(providers));
    roles = Collections.unmodifiableMap(new TreeMap<>(roles));
    policies = Collections.unmodifiableMap(new TreeMap<>(policies == null ? Map.of() : policies));
  }

  static IamState empty() {
    return new IamState(Map.of(), Map.of(), Map.of());
  }

  static String roleKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  Optional<RoleEntity> role(String name) {
    return Optional.ofNullable(roles.get(roleKey(name)));
  }

  IamState withProvider(ProviderEntity provider) {
    TreeMap<String, ProviderEntity> next = new TreeMap<>(providers);
    next.put(provider.arn(), provider);
    return new IamState(next, roles, policies);
  }

  IamState withoutProvider(String arn) {
    TreeMap<String, ProviderEntity> next = new TreeMap<>(providers);
    next.remove(arn);
    return new IamState(next, roles, policies);
  }

  IamState withRole(RoleEntity role) {
    TreeMap<String, RoleEntity> next = new TreeMap<>(roles);
    next.put(roleKey(role.name()), role);
    return new IamState(providers, next, policies);
  }

  IamState withoutRole(String name) {
    TreeMap<String, RoleEntity> next = new TreeMap<>(roles);
    next.remove(roleKey(name));
    return new IamState(providers, next, policies);
  }

  IamState withPolicy(ManagedPolicyEntity policy) {
    TreeMap<String, ManagedPolicyEntity> next = new TreeMap<>(policies);
    next.put(policy.arn(), policy);
    return new IamState(providers, roles, next);
  }

  IamState withoutPolicy(String arn) {
    TreeMap<String, ManagedPolicyEntity> next = new TreeMap<>(policies);
    next.remove(arn);
    return new IamState(providers, roles, next);
  }
}
