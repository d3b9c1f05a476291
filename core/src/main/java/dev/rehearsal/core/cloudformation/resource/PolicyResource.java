package dev.rehearsal.core.cloudformation.resource;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.List;

/**
 * An inline policy put on roles, users or groups ({@code AWS::IAM::Policy}); {@code roles} are the
 * names the template gives (what {@code Ref} of a role returns).
 */
public record PolicyResource(
    String logicalId,
    String physicalId,
    String policyName,
    PolicyDocument document,
    List<String> roles,
    List<String> users,
    List<String> groups)
    implements TypedResource {
  public PolicyResource {
    roles = List.copyOf(roles);
    users = List.copyOf(users);
    groups = List.copyOf(groups);
  }
}
