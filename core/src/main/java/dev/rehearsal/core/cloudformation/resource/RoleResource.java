package dev.rehearsal.core.cloudformation.resource;

import dev.rehearsal.core.cloudformation.source.TemplateException;
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
    Map<String, String> tags,
    Optional<TemplateException> trustRefusal)
    implements TypedResource {
  /**
   * {@code trustRefusal}: a template read for analysis keeps a role whose trust policy IAM would
   * refuse ({@code MalformedPolicyDocument}), with the refusal, so that {@code check} fails the
   * scenarios naming it as a deploy would fail, and the rest of the stack can still be checked;
   * {@code trustPolicy} is then empty. A template read for a deploy never holds one: its resolution
   * throws the refusal.
   */
  public RoleResource {
    inlinePolicies = List.copyOf(inlinePolicies);
    managedPolicyArns = List.copyOf(managedPolicyArns);
    tags = Map.copyOf(tags);
  }
}
