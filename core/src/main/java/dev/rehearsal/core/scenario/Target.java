package dev.rehearsal.core.scenario;

import dev.rehearsal.core.error.MalformedPolicyDocumentException;
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
   * its tags, {@code aws:PrincipalTag/KEY} of its sessions' requests. {@code refusal}: IAM's
   * refusal of its trust policy, when the template's role could not be created at all.
   */
  public record Role(
      String logicalId,
      String name,
      String arn,
      String roleId,
      PolicyDocument trustPolicy,
      int maxSessionDurationSeconds,
      List<PolicyDocument> permissionPolicies,
      Map<String, String> tags,
      Optional<MalformedPolicyDocumentException> refusal) {
    public Role {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(arn, "arn");
      Objects.requireNonNull(trustPolicy, "trustPolicy");
      permissionPolicies = List.copyOf(permissionPolicies);
      tags = Map.copyOf(tags);
      Objects.requireNonNull(refusal, "refusal");
    }

    /** A role IAM accepts. */
    public Role(
        String logicalId,
        String name,
        String arn,
        String roleId,
        PolicyDocument trustPolicy,
        int maxSessionDurationSeconds,
        List<PolicyDocument> permissionPolicies,
        Map<String, String> tags) {
      this(
          logicalId,
          name,
          arn,
          roleId,
          trustPolicy,
          maxSessionDurationSeconds,
          permissionPolicies,
          tags,
          Optional.empty());
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
