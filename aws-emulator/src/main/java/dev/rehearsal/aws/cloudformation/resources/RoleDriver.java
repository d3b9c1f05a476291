package dev.rehearsal.aws.cloudformation.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.iam.IamOperations;
import dev.rehearsal.aws.iam.IamShapes.AttachRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.DeleteRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.DeleteRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.DetachRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.PutRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.Role;
import dev.rehearsal.aws.iam.IamShapes.TagRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.UntagRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateAssumeRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateRoleRequest;
import dev.rehearsal.aws.iam.Tag;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.resource.RoleResource;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code AWS::IAM::Role}: {@code CreateRole}, then its inline {@code Policies} ({@code
 * PutRolePolicy}) and {@code ManagedPolicyArns} ({@code AttachRolePolicy}); a role whose policies
 * fail is deleted again, so nothing is left half-made. Updates change only what changed; a delete
 * detaches and removes the role's own policies first, as IAM requires ({@code DeleteConflict}
 * otherwise).
 */
public final class RoleDriver implements ResourceDriver {
  private final IamOperations iam;

  public RoleDriver(IamOperations iam) {
    this.iam = iam;
  }

  @Override
  public String type() {
    return "AWS::IAM::Role";
  }

  @Override
  public Applied create(Caller caller, ResolvedResource resource) {
    RoleResource role = (RoleResource) resource.typed();
    if (role.permissionsBoundary().isPresent()) {
      throw new RehearsalException(
          AwsErrorCode.INVALID_INPUT,
          "PermissionsBoundary is not modelled by this emulator's IAM; remove it to rehearse");
    }
    JsonNode properties = resource.properties();
    Role created =
        iam.roles()
            .createRole(
                caller,
                new CreateRoleRequest(
                    role.path(),
                    role.name(),
                    Documents.policy(properties.get("AssumeRolePolicyDocument")),
                    role.description().orElse(null),
                    role.maxSessionDuration(),
                    Tags.list(role.tags(), Tag::new)))
            .role();
    try {
      inlinePolicies(properties)
          .forEach((name, document) -> put(caller, role.name(), name, document));
      role.managedPolicyArns().forEach(arn -> attach(caller, role.name(), arn));
    } catch (RehearsalException e) {
      delete(caller, role.name(), properties);
      throw e;
    }
    return applied(created);
  }

  @Override
  public Applied update(Caller caller, DeployedResource current, ResolvedResource desired) {
    String name = current.physicalId();
    JsonNode before = current.properties();
    JsonNode after = desired.properties();
    RoleResource role = (RoleResource) desired.typed();
    if (!Objects.equals(
        before.get("AssumeRolePolicyDocument"), after.get("AssumeRolePolicyDocument"))) {
      iam.roles()
          .updateAssumeRolePolicy(
              caller,
              new UpdateAssumeRolePolicyRequest(
                  name, Documents.policy(after.get("AssumeRolePolicyDocument"))));
    }
    if (!Objects.equals(before.get("Description"), after.get("Description"))
        || !Objects.equals(before.get("MaxSessionDuration"), after.get("MaxSessionDuration"))) {
      iam.roles()
          .updateRole(
              caller,
              new UpdateRoleRequest(
                  name, role.description().orElse(""), role.maxSessionDuration()));
    }
    Tags tags = Tags.between(PropertyTags.of(before), role.tags());
    if (!tags.removed().isEmpty()) {
      iam.roles().untagRole(caller, new UntagRoleRequest(name, tags.removed()));
    }
    if (!tags.set().isEmpty()) {
      iam.roles().tagRole(caller, new TagRoleRequest(name, Tags.list(tags.set(), Tag::new)));
    }
    Map<String, String> oldPolicies = inlinePolicies(before);
    Map<String, String> newPolicies = inlinePolicies(after);
    newPolicies.forEach(
        (policy, document) -> {
          if (!document.equals(oldPolicies.get(policy))) {
            put(caller, name, policy, document);
          }
        });
    oldPolicies.keySet().stream()
        .filter(policy -> !newPolicies.containsKey(policy))
        .forEach(policy -> removeInline(caller, name, policy));
    List<String> oldArns = Documents.texts(before, "ManagedPolicyArns");
    role.managedPolicyArns().stream()
        .filter(arn -> !oldArns.contains(arn))
        .forEach(arn -> attach(caller, name, arn));
    oldArns.stream()
        .filter(arn -> !role.managedPolicyArns().contains(arn))
        .forEach(arn -> detach(caller, name, arn));
    return applied(iam.roles().getRole(caller, new GetRoleRequest(name)).role());
  }

  @Override
  public boolean exists(Caller caller, DeployedResource intended) {
    Caller root = Caller.root(caller.accountId());
    return Documents.found(
        () -> iam.roles().getRole(root, new GetRoleRequest(intended.physicalId())),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  @Override
  public void delete(Caller caller, DeployedResource resource) {
    delete(caller, resource.physicalId(), resource.properties());
  }

  private void delete(Caller caller, String name, JsonNode properties) {
    Documents.texts(properties, "ManagedPolicyArns").forEach(arn -> detach(caller, name, arn));
    inlinePolicies(properties).keySet().forEach(policy -> removeInline(caller, name, policy));
    Documents.ignoringMissing(
        () -> iam.roles().deleteRole(caller, new DeleteRoleRequest(name)),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  /** {@code Policies: [{PolicyName, PolicyDocument}]} as name → document text. */
  private static Map<String, String> inlinePolicies(JsonNode properties) {
    Map<String, String> policies = new LinkedHashMap<>();
    properties
        .path("Policies")
        .forEach(
            policy ->
                policies.put(
                    policy.path("PolicyName").asText(),
                    Documents.policy(policy.get("PolicyDocument"))));
    return policies;
  }

  private void put(Caller caller, String role, String policy, String document) {
    iam.rolePolicies().putRolePolicy(caller, new PutRolePolicyRequest(role, policy, document));
  }

  private void removeInline(Caller caller, String role, String policy) {
    Documents.ignoringMissing(
        () ->
            iam.rolePolicies().deleteRolePolicy(caller, new DeleteRolePolicyRequest(role, policy)),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  private void attach(Caller caller, String role, String arn) {
    iam.managedPolicies().attachRolePolicy(caller, new AttachRolePolicyRequest(role, arn));
  }

  private void detach(Caller caller, String role, String arn) {
    Documents.ignoringMissing(
        () ->
            iam.managedPolicies().detachRolePolicy(caller, new DetachRolePolicyRequest(role, arn)),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  private static Applied applied(Role role) {
    return new Applied(
        role.roleName(),
        Map.of("Arn", TextNode.valueOf(role.arn()), "RoleId", TextNode.valueOf(role.roleId())));
  }
}
