package dev.rehearsal.core.cloudformation.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.cloudformation.source.Scalars;
import dev.rehearsal.core.policy.PolicyDocument;
import dev.rehearsal.core.policy.PolicyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::IAM::Role} (User Guide, resource reference): {@code Ref} returns the role name;
 * {@code Fn::GetAtt} gives {@code Arn} ({@code arn:aws:iam::123456789012:role/path/name}) and
 * {@code RoleId} ({@code AROA...}). {@code MaxSessionDuration} is 3600 to 43200 seconds, default
 * 3600 (IAM API Reference, {@code CreateRole}).
 */
final class RoleType implements ResourceType {
  private static final Set<String> PROPERTIES =
      Set.of(
          "AssumeRolePolicyDocument",
          "Description",
          "ManagedPolicyArns",
          "MaxSessionDuration",
          "Path",
          "PermissionsBoundary",
          "Policies",
          "RoleName",
          "Tags");
  private static final int NAME_LIMIT = 64;
  private static final int POLICY_NAME_LIMIT = 128;
  private static final int MIN_SESSION = 3600;
  private static final int MAX_SESSION = 43200;

  @Override
  public String name() {
    return "AWS::IAM::Role";
  }

  @Override
  public Set<String> attributes() {
    return Set.of("Arn", "RoleId");
  }

  @Override
  public Set<String> replacementProperties() {
    return Set.of("RoleName", "Path");
  }

  @Override
  public Optional<String> nameProperty() {
    return Optional.of("RoleName");
  }

  @Override
  public Set<String> attributesKnownAfterCreate() {
    return Set.of("RoleId");
  }

  @Override
  public ResourceValues resolve(Properties properties, StackEnvironment stack) {
    properties.requireKnown(PROPERTIES);
    String name = IamNames.read(properties, "RoleName", NAME_LIMIT, stack);
    String path = IamPaths.read(properties);
    String arn = "arn:" + stack.partition() + ":iam::" + stack.accountId() + ":role" + path + name;
    String roleId = PhysicalNames.uniqueId(stack, properties.logicalId(), "AROA");
    Properties.Refusable<PolicyDocument> trust =
        properties.policyOrRefusal("AssumeRolePolicyDocument", PolicyKind.TRUST);
    RoleResource typed =
        new RoleResource(
            properties.logicalId(),
            name,
            arn,
            roleId,
            path,
            trust.value().orElseGet(RoleType::noStatements),
            inlinePolicies(properties),
            properties.strings("ManagedPolicyArns"),
            maxSessionDuration(properties),
            properties.string("PermissionsBoundary"),
            properties.string("Description"),
            properties.tags(),
            trust.refusal());
    return new ResourceValues(
        name, Map.of("Arn", TextNode.valueOf(arn), "RoleId", TextNode.valueOf(roleId)), typed);
  }

  /** The trust policy of a role IAM would refuse: it admits no one. */
  private static PolicyDocument noStatements() {
    return new PolicyDocument(
        Optional.of(PolicyDocument.VERSION_2012), Optional.empty(), List.of());
  }

  private static int maxSessionDuration(Properties properties) {
    int seconds = properties.integer("MaxSessionDuration").orElse(MIN_SESSION);
    if (seconds < MIN_SESSION) {
      throw properties.invalid(
          "#/MaxSessionDuration: " + seconds + " is not greater or equal to " + MIN_SESSION,
          "MaxSessionDuration");
    }
    if (seconds > MAX_SESSION) {
      throw properties.invalid(
          "#/MaxSessionDuration: " + seconds + " is not less or equal to " + MAX_SESSION,
          "MaxSessionDuration");
    }
    return seconds;
  }

  /** {@code Policies: [{PolicyName, PolicyDocument}]}, each document an identity policy. */
  private static List<InlinePolicy> inlinePolicies(Properties properties) {
    List<InlinePolicy> policies = new ArrayList<>();
    List<JsonNode> items = properties.objects("Policies");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String at = "Policies/" + i;
      String policyName =
          Scalars.text(item.path("PolicyName"))
              .orElseThrow(
                  () ->
                      properties.invalid("#/" + at + ": required key [PolicyName] not found", at));
      IamNames.check(properties, at + "/PolicyName", policyName, POLICY_NAME_LIMIT);
      JsonNode document = item.get("PolicyDocument");
      if (document == null) {
        throw properties.invalid("#/" + at + ": required key [PolicyDocument] not found", at);
      }
      policies.add(
          new InlinePolicy(
              policyName,
              properties.parsePolicy(document, PolicyKind.IDENTITY, at + "/PolicyDocument")));
    }
    return policies;
  }
}
