package dev.rehearsal.core.scenario;

import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.policy.PolicyDocument;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What scenarios run against: an account's OIDC providers and roles, in a region. Built from a
 * resolved template (or any other source of IAM state), so that checks need no server.
 */
public record Target(
    String accountId, String region, List<OidcProvider> providers, List<Role> roles) {
  public Target {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(region, "region");
    providers = List.copyOf(providers);
    roles = List.copyOf(roles);
  }

  /**
   * A role with everything that decides what its sessions may do: its trust policy and its
   * permission policies (inline, attached managed, and {@code AWS::IAM::Policy} resources naming
   * it). {@code logicalId} is the template's name for it, when it came from one; {@code tags} are
   * its tags, {@code aws:PrincipalTag/KEY} of its sessions' requests.
   */
  public record Role(
      String logicalId,
      String name,
      String arn,
      String roleId,
      PolicyDocument trustPolicy,
      int maxSessionDurationSeconds,
      List<PolicyDocument> permissionPolicies,
      Map<String, String> tags) {
    public Role {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(arn, "arn");
      Objects.requireNonNull(trustPolicy, "trustPolicy");
      permissionPolicies = List.copyOf(permissionPolicies);
      tags = Map.copyOf(tags);
    }
  }

  /** The role a scenario names, by role name or by the template's logical id. */
  public Optional<Role> role(String nameOrLogicalId) {
    // A loop, not a stream: `rehearse check` asks once per scenario (100,000 in issue 5's
    // benchmark), where a stream's objects cost more than the comparison.
    for (Role role : roles) {
      if (role.name().equals(nameOrLogicalId) || nameOrLogicalId.equals(role.logicalId())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
