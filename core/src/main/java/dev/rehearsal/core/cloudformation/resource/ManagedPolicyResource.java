package dev.rehearsal.core.cloudformation.resource;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.List;
import java.util.Optional;

/** A customer managed policy ({@code AWS::IAM::ManagedPolicy}) and what it is attached to. */
public record ManagedPolicyResource(
    String logicalId,
    String name,
    String arn,
    String policyId,
    String path,
    PolicyDocument document,
    List<String> roles,
    List<String> users,
    List<String> groups,
    Optional<String> description)
    implements TypedResource {
  public ManagedPolicyResource {
    roles = List.copyOf(roles);
    users = List.copyOf(users);
    groups = List.copyOf(groups);
  }
}
