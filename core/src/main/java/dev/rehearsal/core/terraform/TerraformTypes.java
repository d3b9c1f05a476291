package dev.rehearsal.core.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS provider's resource types of the flow, each as the CloudFormation resource it amounts to
 * (argument names from the provider's documentation pages, e.g. "Resource: aws_iam_role": {@code
 * name}, {@code path}, {@code assume_role_policy}, {@code max_session_duration}, {@code
 * inline_policy}, {@code managed_policy_arns}). Attachments and repository policies, separate
 * resources in Terraform, are properties of the role and the repository in CloudFormation.
 */
final class TerraformTypes {
  static final List<String> NAMES =
      List.of(
          "aws_iam_openid_connect_provider",
          "aws_iam_role",
          "aws_iam_role_policy",
          "aws_iam_policy",
          "aws_iam_role_policy_attachment",
          "aws_ecr_repository",
          "aws_ecr_repository_policy");
  private static final List<String> OWN_RESOURCES = NAMES.subList(0, 4);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TerraformTypes() {}

  /** Whether the type becomes a template resource of its own. */
  static boolean inFlow(String type) {
    return OWN_RESOURCES.contains(type) || type.equals("aws_ecr_repository");
  }

  /**
   * The policy attribute a resource of the flow cannot be read without, when the plan knows it only
   * after apply (it is computed from another resource's attributes): its document is unknown.
   */
  static Optional<String> unknownPolicy(PlannedResource planned) {
    String attribute =
        switch (planned.type()) {
          case "aws_iam_role" -> "assume_role_policy";
          case "aws_iam_role_policy", "aws_iam_policy" -> "policy";
          default -> null;
        };
    return attribute != null && planned.text(attribute).isEmpty()
        ? Optional.of(attribute)
        : Optional.empty();
  }

  /** {@code Ref} or {@code Fn::GetAtt} for reading {@code attribute} of a resource of type. */
  static JsonNode reference(String type, String logicalId, String attribute) {
    boolean arnIsRef =
        type.equals("aws_iam_policy") || type.equals("aws_iam_openid_connect_provider");
    boolean isRef =
        attribute.equals("id") || attribute.equals("name") || (arnIsRef && attribute.equals("arn"));
    if (isRef) {
      return NODES.objectNode().put("Ref", logicalId);
    }
    String cloudformation =
        switch (attribute) {
          case "repository_url" -> "RepositoryUri";
          case "unique_id" -> "RoleId";
          default -> "Arn";
        };
    ArrayNode getAtt = NODES.objectNode().putArray("Fn::GetAtt");
    getAtt.add(logicalId).add(cloudformation);
    return NODES.objectNode().set("Fn::GetAtt", getAtt);
  }

  /** The template resource of one planned resource whose policies the plan knows. */
  static ObjectNode resource(PlannedResource planned, Values values) {
    ObjectNode node = NODES.objectNode();
    ObjectNode properties = NODES.objectNode();
    switch (planned.type()) {
      case "aws_iam_openid_connect_provider" -> {
        node.put("Type", "AWS::IAM::OIDCProvider");
        // IAM answers GetOpenIDConnectProvider with the URL without its scheme, and the provider
        // may keep it so; CloudFormation's Url has it.
        JsonNode url = values.text(planned, "url");
        properties.set(
            "Url",
            url.isTextual() && !url.asText().startsWith("https://")
                ? NODES.textNode("https://" + url.asText())
                : url);
        properties.set("ClientIdList", list(planned.values().path("client_id_list")));
        properties.set("ThumbprintList", list(planned.values().path("thumbprint_list")));
      }
      case "aws_iam_role" -> {
        node.put("Type", "AWS::IAM::Role");
        properties.set("RoleName", values.text(planned, "name"));
        planned.text("path").ifPresent(path -> properties.put("Path", path));
        properties.set(
            "AssumeRolePolicyDocument", values.policy(planned, "assume_role_policy").orElseThrow());
        planned
            .text("max_session_duration")
            .ifPresent(seconds -> properties.put("MaxSessionDuration", seconds));
        ArrayNode inline = NODES.arrayNode();
        for (JsonNode block : planned.values().path("inline_policy")) {
          if (!block.path("policy").asText().isEmpty()) {
            inline
                .addObject()
                .put("PolicyName", block.path("name").asText())
                .set("PolicyDocument", values.policyText(block.path("policy").asText(), planned));
          }
        }
        if (!inline.isEmpty()) {
          properties.set("Policies", inline);
        }
        ArrayNode managed = list(planned.values().path("managed_policy_arns"));
        if (!managed.isEmpty()) {
          properties.set("ManagedPolicyArns", managed);
        }
      }
      case "aws_iam_role_policy" -> {
        node.put("Type", "AWS::IAM::Policy");
        properties.set("PolicyName", values.text(planned, "name"));
        properties.set("PolicyDocument", values.policy(planned, "policy").orElseThrow());
        properties.putArray("Roles").add(values.text(planned, "role"));
      }
      case "aws_iam_policy" -> {
        node.put("Type", "AWS::IAM::ManagedPolicy");
        properties.set("ManagedPolicyName", values.text(planned, "name"));
        planned.text("path").ifPresent(path -> properties.put("Path", path));
        properties.set("PolicyDocument", values.policy(planned, "policy").orElseThrow());
      }
      default -> {
        node.put("Type", "AWS::ECR::Repository");
        properties.set("RepositoryName", values.text(planned, "name"));
        planned
            .text("image_tag_mutability")
            .ifPresent(mutability -> properties.put("ImageTagMutability", mutability));
        JsonNode scanning = planned.values().path("image_scanning_configuration").path(0);
        if (scanning.has("scan_on_push")) {
          properties
              .putObject("ImageScanningConfiguration")
              .put("ScanOnPush", scanning.path("scan_on_push").asBoolean());
        }
      }
    }
    node.set("Properties", properties);
    return node;
  }

  /**
   * Adds each {@code aws_iam_role_policy_attachment} to its role's {@code ManagedPolicyArns} and
   * each {@code aws_ecr_repository_policy} to its repository's {@code RepositoryPolicyText}.
   */
  static void attach(
      List<PlannedResource> resources,
      Values values,
      ObjectNode section,
      Map<String, String> byAddress) {
    for (PlannedResource planned : resources) {
      String target =
          switch (planned.type()) {
            case "aws_iam_role_policy_attachment" -> "role";
            case "aws_ecr_repository_policy" -> "repository";
            default -> null;
          };
      if (target == null) {
        continue;
      }
      Optional<ObjectNode> owner = owner(planned, target, values, section, byAddress, resources);
      if (owner.isEmpty()) {
        continue; // a role or repository outside the plan: nothing of the flow to attach to
      }
      ObjectNode properties = (ObjectNode) owner.get().path("Properties");
      if (target.equals("role")) {
        JsonNode arns = properties.path("ManagedPolicyArns");
        ArrayNode list =
            arns.isArray() ? (ArrayNode) arns : properties.putArray("ManagedPolicyArns");
        JsonNode arn = values.text(planned, "policy_arn");
        // A role's managed_policy_arns, read back from IAM, lists what is attached already.
        if (!contains(list, arn)) {
          list.add(arn);
        }
      } else {
        values
            .policy(planned, "policy")
            .ifPresent(policy -> properties.set("RepositoryPolicyText", policy));
      }
    }
  }

  /** The template resource an attachment names, by its known name or by reference. */
  private static Optional<ObjectNode> owner(
      PlannedResource planned,
      String attribute,
      Values values,
      ObjectNode section,
      Map<String, String> byAddress,
      List<PlannedResource> resources) {
    Optional<String> name = planned.text(attribute);
    String ownerType = attribute.equals("role") ? "aws_iam_role" : "aws_ecr_repository";
    for (PlannedResource candidate : resources) {
      if (candidate.type().equals(ownerType)
          && name.isPresent()
          && name.equals(candidate.text("name"))
          && section.get(byAddress.get(candidate.address())) instanceof ObjectNode node) {
        return Optional.of(node);
      }
    }
    return values
        .referenced(planned, attribute)
        .map(
            reference ->
                reference.path("Ref").asText(reference.path("Fn::GetAtt").path(0).asText()))
        .map(section::get)
        .filter(ObjectNode.class::isInstance)
        .map(ObjectNode.class::cast);
  }

  private static boolean contains(ArrayNode list, JsonNode value) {
    for (JsonNode item : list) {
      if (item.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static ArrayNode list(JsonNode values) {
    ArrayNode list = NODES.arrayNode();
    values.forEach(value -> list.add(value.asText()));
    return list;
  }
}
