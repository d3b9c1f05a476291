package dev.rehearsal.core.access;

import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.scenario.StackTarget;
import dev.rehearsal.core.scenario.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The access difference between two versions of a template: for each role (matched by the
 * template's logical id), who gains or loses the right to assume it and what its sessions gain or
 * lose; roles added or removed; and OIDC providers whose client ids (the audiences STS accepts)
 * changed.
 */
public record StackDiff(List<RoleDiff> roles, List<String> providerChanges) {
  public StackDiff {
    roles = List.copyOf(roles);
    providerChanges = List.copyOf(providerChanges);
  }

  /**
   * One role: present on one side only ({@code before} or {@code after} empty), or on both with its
   * trust and permission differences.
   */
  public record RoleDiff(
      String logicalId,
      Optional<String> before,
      Optional<String> after,
      AccessDiff trust,
      AccessDiff permissions) {
    public RoleDiff {
      Objects.requireNonNull(logicalId, "logicalId");
    }

    public boolean widens() {
      return (before.isEmpty() && after.isPresent()) || trust.widens() || permissions.widens();
    }

    public boolean changed() {
      return before.isEmpty() || after.isEmpty() || !trust.isEmpty() || !permissions.isEmpty();
    }
  }

  public static StackDiff between(
      ResolvedStack before, ResolvedStack after, String accountId, String region) {
    before.requireTrustPoliciesIamAccepts();
    after.requireTrustPoliciesIamAccepts();
    Target old = StackTarget.of(before, accountId, region);
    Target now = StackTarget.of(after, accountId, region);
    List<RoleDiff> roles = new ArrayList<>();
    for (Target.Role role : old.roles()) {
      Optional<Target.Role> counterpart = byLogicalId(now, role.logicalId());
      if (counterpart.isEmpty()) {
        roles.add(removed(role));
      } else {
        roles.add(
            new RoleDiff(
                role.logicalId(),
                Optional.of(role.name()),
                Optional.of(counterpart.get().name()),
                AccessDiff.ofTrustPolicies(role.trustPolicy(), counterpart.get().trustPolicy()),
                AccessDiff.ofIdentityPolicies(
                    role.permissionPolicies(), counterpart.get().permissionPolicies())));
      }
    }
    for (Target.Role role : now.roles()) {
      if (byLogicalId(old, role.logicalId()).isEmpty()) {
        roles.add(added(role));
      }
    }
    return new StackDiff(roles, providerChanges(old.providers(), now.providers()));
  }

  public boolean widens() {
    return roles.stream().anyMatch(RoleDiff::widens)
        || providerChanges.stream().anyMatch(change -> change.contains("now accepted"));
  }

  public boolean changed() {
    return roles.stream().anyMatch(RoleDiff::changed) || !providerChanges.isEmpty();
  }

  public boolean exact() {
    return roles.stream().allMatch(r -> r.trust().exact() && r.permissions().exact());
  }

  private static RoleDiff removed(Target.Role role) {
    AccessDiff none = new AccessDiff(List.of(), List.of(), List.of());
    return new RoleDiff(role.logicalId(), Optional.of(role.name()), Optional.empty(), none, none);
  }

  private static RoleDiff added(Target.Role role) {
    AccessDiff none = new AccessDiff(List.of(), List.of(), List.of());
    return new RoleDiff(role.logicalId(), Optional.empty(), Optional.of(role.name()), none, none);
  }

  private static Optional<Target.Role> byLogicalId(Target target, String logicalId) {
    return target.roles().stream().filter(r -> logicalId.equals(r.logicalId())).findFirst();
  }

  /** Client ids are the audiences STS accepts for a provider: adding one widens who gets in. */
  private static List<String> providerChanges(List<OidcProvider> before, List<OidcProvider> after) {
    List<String> changes = new ArrayList<>();
    for (OidcProvider provider : after) {
      Optional<OidcProvider> old =
          before.stream().filter(p -> p.url().equals(provider.url())).findFirst();
      if (old.isEmpty()) {
        changes.add("provider " + provider.url() + " added: its tokens are now accepted");
        continue;
      }
      for (String id : provider.clientIds()) {
        if (!old.get().clientIds().contains(id)) {
          changes.add("provider " + provider.url() + ": audience '" + id + "' now accepted");
        }
      }
      for (String id : old.get().clientIds()) {
        if (!provider.clientIds().contains(id)) {
          changes.add("provider " + provider.url() + ": audience '" + id + "' no longer accepted");
        }
      }
    }
    for (OidcProvider provider : before) {
      if (after.stream().noneMatch(p -> p.url().equals(provider.url()))) {
        changes.add("provider " + provider.url() + " removed: its tokens are no longer accepted");
      }
    }
    return changes;
  }
}
