package dev.rehearsal.core.cloudformation.resource;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An IAM role ({@code AWS::IAM::Role}) with its trust policy and permissions. */
public record RoleResource(
    String logicalId,
    String name,
    String arn,
    String roleId,
    String path,
    PolicyDocument trustPolicy,
    List<InlinePolicy> inlinePolicies,
    List<String> managedPolicyArns,
    int maxSessionDuration,
    Optional<String> permissionsBoundary,
    Optional<String> description,
    Map<String, String> tags)
    implements TypedResource {
  public RoleResource {
    inlinePolicies = List.copyOf(inlinePolicies);
    managedPolicyArns = List.copyOf(managedPolicyArns);
    tags = Map.copyOf(tags);
  }
}
