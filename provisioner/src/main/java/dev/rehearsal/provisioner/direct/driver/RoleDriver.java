package dev.rehearsal.provisioner.direct.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/**
 * {@code AWS::IAM::Role} through IAM: {@code CreateRole} with its trust policy, then its managed
 * policies attached and inline {@code Policies} put; updates call {@code UpdateAssumeRolePolicy},
 * {@code UpdateRole}, the permissions boundary, tag and policy operations for what changed; a
 * delete detaches and deletes the role's policies first, as IAM requires ({@code DeleteConflict}
 * otherwise: IAM API Reference, {@code DeleteRole}).
 */
final class RoleDriver implements ResourceDriver {
  private static final String TRUST = "AssumeRolePolicyDocument";
  private static final int DEFAULT_SESSION = 3600;

  private final IamClient iam;

  RoleDriver(IamClient iam) {
    this.iam = iam;
  }

  @Override
  public Applied create(ResolvedResource resource) {
    RoleResource role = (RoleResource) resource.typed();
    JsonNode properties = resource.properties();
    Role created =
        iam.createRole(
                b ->
                    b.roleName(role.name())
                        .path(role.path())
                        .assumeRolePolicyDocument(Values.document(properties, TRUST).orElseThrow())
                        .description(role.description().orElse(null))
                        .maxSessionDuration(
                            properties.has("MaxSessionDuration") ? role.maxSessionDuration() : null)
                        .permissionsBoundary(role.permissionsBoundary().orElse(null))
                        .tags(tags(Values.tags(properties))))
            .role();
    try {
      role.managedPolicyArns().forEach(arn -> attach(created.roleName(), arn));
      inlinePolicies(properties)
          .forEach((name, document) -> put(created.roleName(), name, document));
    } catch (RuntimeException e) {
      throw Undo.after(e, () -> deleteRole(created.roleName()));
    }
    return Applied.of(
        created.roleName(),
        resource.attributes(),
        Map.of(
            "Arn", TextNode.valueOf(created.arn()), "RoleId", TextNode.valueOf(created.roleId())));
  }

  @Override
  public Applied update(DeployedResource current, ResolvedResource desired) {
    String name = current.physicalId();
    JsonNode before = current.properties();
    JsonNode after = desired.properties();
    if (Values.changed(before, after, TRUST)) {
      String document = Values.document(after, TRUST).orElseThrow();
      iam.updateAssumeRolePolicy(b -> b.roleName(name).policyDocument(document));
    }
    if (Values.changed(before, after, "Description")
        || Values.changed(before, after, "MaxSessionDuration")) {
      // UpdateRole leaves out what it is not given: a removed value is set back to IAM's default.
      iam.updateRole(
          b ->
              b.roleName(name)
                  .description(Values.string(after, "Description").orElse(""))
                  .maxSessionDuration(after.path("MaxSessionDuration").asInt(DEFAULT_SESSION)));
    }
    if (Values.changed(before, after, "PermissionsBoundary")) {
      Values.string(after, "PermissionsBoundary")
          .ifPresentOrElse(
              arn -> iam.putRolePermissionsBoundary(b -> b.roleName(name).permissionsBoundary(arn)),
              () -> iam.deleteRolePermissionsBoundary(b -> b.roleName(name)));
    }
    Values.updateTags(
        before,
        after,
        keys -> iam.untagRole(b -> b.roleName(name).tagKeys(keys)),
        tags -> iam.tagRole(b -> b.roleName(name).tags(tags(tags))));
    Values.updateList(
        before,
        after,
        "ManagedPolicyArns",
        arn -> attach(name, arn),
        arn -> Undo.gone(() -> iam.detachRolePolicy(b -> b.roleName(name).policyArn(arn))));
    updateInlinePolicies(name, inlinePolicies(before), inlinePolicies(after));
    return new Applied(name, current.attributes());
  }

  @Override
  public void delete(DeployedResource resource) {
    Undo.gone(() -> deleteRole(resource.physicalId()));
  }

  private void deleteRole(String name) {
    List<String> attached =
        iam.listAttachedRolePoliciesPaginator(b -> b.roleName(name)).attachedPolicies().stream()
            .map(AttachedPolicy::policyArn)
            .toList();
    attached.forEach(arn -> iam.detachRolePolicy(b -> b.roleName(name).policyArn(arn)));
    List<String> inline =
        iam.listRolePoliciesPaginator(b -> b.roleName(name)).policyNames().stream().toList();
    inline.forEach(policy -> iam.deleteRolePolicy(b -> b.roleName(name).policyName(policy)));
    iam.deleteRole(b -> b.roleName(name));
  }

  private void updateInlinePolicies(
      String name, Map<String, String> before, Map<String, String> after) {
    after.forEach(
        (policy, document) -> {
          if (!document.equals(before.get(policy))) {
            put(name, policy, document);
          }
        });
    before.keySet().stream()
        .filter(policy -> !after.containsKey(policy))
        .forEach(
            policy ->
                Undo.gone(() -> iam.deleteRolePolicy(b -> b.roleName(name).policyName(policy))));
  }

  private void attach(String role, String arn) {
    iam.attachRolePolicy(b -> b.roleName(role).policyArn(arn));
  }

  private void put(String role, String policy, String document) {
    iam.putRolePolicy(b -> b.roleName(role).policyName(policy).policyDocument(document));
  }

  /** {@code Policies: [{PolicyName, PolicyDocument}]}: each document's text by policy name. */
  private static Map<String, String> inlinePolicies(JsonNode properties) {
    Map<String, String> policies = new LinkedHashMap<>();
    for (JsonNode policy : properties.path("Policies")) {
      policies.put(
          policy.path("PolicyName").asText(),
          Values.document(policy, "PolicyDocument").orElseThrow());
    }
    return policies;
  }

  static List<Tag> tags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build())
        .toList();
  }
}
