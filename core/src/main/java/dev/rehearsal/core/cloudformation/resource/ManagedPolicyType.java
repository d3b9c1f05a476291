package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.policy.PolicyKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::IAM::ManagedPolicy} (User Guide, resource reference): {@code Ref} returns the ARN,
 * {@code arn:aws:iam::123456789012:policy/path/name}; {@code Fn::GetAtt} gives {@code PolicyArn},
 * {@code PolicyId} ({@code ANPA...}), {@code DefaultVersionId} ({@code v1} for a new policy),
 * {@code IsAttachable}, {@code AttachmentCount} and {@code PermissionsBoundaryUsageCount}. {@code
 * CreateDate}/{@code UpdateDate} need a clock and are not modelled.
 */
final class ManagedPolicyType implements ResourceType {
  private static final Set<String> PROPERTIES =
      Set.of(
          "ManagedPolicyName", "PolicyDocument", "Description", "Path", "Roles", "Users", "Groups");
  private static final int NAME_LIMIT = 128;

  @Override
  public String name() {
    return "AWS::IAM::ManagedPolicy";
  }

  @Override
  public Set<String> attributes() {
    return Set.of(
        "PolicyArn",
        "PolicyId",
        "DefaultVersionId",
        "IsAttachable",
        "AttachmentCount",
        "PermissionsBoundaryUsageCount");
  }

  @Override
  public Set<String> replacementProperties() {
    return Set.of("ManagedPolicyName", "Path", "Description");
  }

  @Override
  public Optional<String> nameProperty() {
    return Optional.of("ManagedPolicyName");
  }

  @Override
  public Set<String> attributesKnownAfterCreate() {
    return Set.of("PolicyId");
  }

  @Override
  public ResourceValues resolve(Properties properties, StackEnvironment stack) {
    properties.requireKnown(PROPERTIES);
    String name = IamNames.read(properties, "ManagedPolicyName", NAME_LIMIT, stack);
    String path = IamPaths.read(properties);
    String arn =
        "arn:" + stack.partition() + ":iam::" + stack.accountId() + ":policy" + path + name;
    String policyId = PhysicalNames.uniqueId(stack, properties.logicalId(), "ANPA");
    ManagedPolicyResource typed =
        new ManagedPolicyResource(
            properties.logicalId(),
            name,
            arn,
            policyId,
            path,
            properties.policy("PolicyDocument", PolicyKind.IDENTITY),
            properties.strings("Roles"),
            properties.strings("Users"),
            properties.strings("Groups"),
            properties.string("Description"));
    int attachments = typed.roles().size() + typed.users().size() + typed.groups().size();
    Map<String, JsonNode> attributes =
        Map.of(
            "PolicyArn", TextNode.valueOf(arn),
            "PolicyId", TextNode.valueOf(policyId),
            "DefaultVersionId", TextNode.valueOf("v1"),
            "IsAttachable", BooleanNode.TRUE,
            "AttachmentCount", IntNode.valueOf(attachments),
            "PermissionsBoundaryUsageCount", IntNode.valueOf(0));
    return new ResourceValues(arn, attributes, typed);
  }
}
