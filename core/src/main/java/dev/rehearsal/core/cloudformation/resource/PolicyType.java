package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.policy.PolicyKind;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::IAM::Policy} (User Guide, resource reference): an inline policy embedded in the named
 * roles, users and groups. IAM gives it no ARN; {@code Ref} returns the physical id CloudFormation
 * generates for it ({@code STACK-LogicalId-RANDOM}), which {@code Fn::GetAtt Id} also returns.
 */
final class PolicyType implements ResourceType {
  private static final Set<String> PROPERTIES =
      Set.of("PolicyName", "PolicyDocument", "Roles", "Users", "Groups");
  private static final int NAME_LIMIT = 128;

  @Override
  public String name() {
    return "AWS::IAM::Policy";
  }

  @Override
  public Set<String> attributes() {
    return Set.of("Id");
  }

  @Override
  public Set<String> replacementProperties() {
    return Set.of();
  }

  @Override
  public ResourceValues resolve(Properties properties, StackEnvironment stack) {
    properties.requireKnown(PROPERTIES);
    String policyName = properties.requiredString("PolicyName");
    IamNames.check(properties, "PolicyName", policyName, NAME_LIMIT);
    String physicalId = PhysicalNames.generate(stack, properties.logicalId(), NAME_LIMIT);
    PolicyResource typed =
        new PolicyResource(
            properties.logicalId(),
            physicalId,
            policyName,
            properties.policy("PolicyDocument", PolicyKind.IDENTITY),
            properties.strings("Roles"),
            properties.strings("Users"),
            properties.strings("Groups"));
    return new ResourceValues(physicalId, Map.of("Id", TextNode.valueOf(physicalId)), typed);
  }
}
