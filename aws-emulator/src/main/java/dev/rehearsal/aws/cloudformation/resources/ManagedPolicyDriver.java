package dev.rehearsal.aws.cloudformation.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.iam.IamShapes.AttachRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.CreatePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.CreatePolicyVersionRequest;
import dev.rehearsal.aws.iam.IamShapes.DeletePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.DeletePolicyVersionRequest;
import dev.rehearsal.aws.iam.IamShapes.DetachRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetPolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.ListPolicyVersionsRequest;
import dev.rehearsal.aws.iam.IamShapes.Policy;
import dev.rehearsal.aws.iam.IamShapes.PolicyVersion;
import dev.rehearsal.aws.iam.ManagedPolicyOperations;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.resource.ManagedPolicyResource;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code AWS::IAM::ManagedPolicy}: {@code CreatePolicy} and {@code AttachRolePolicy} for each of
 * its {@code Roles}; a new document is a new default version ({@code CreatePolicyVersion}), the
 * oldest other version deleted first when IAM's five are used. A delete detaches it and removes its
 * other versions first, as IAM requires.
 */
public final class ManagedPolicyDriver implements ResourceDriver {
  /** IAM User Guide, "IAM and AWS STS quotas": five versions of a managed policy. */
  private static final int MAX_VERSIONS = 5;

  private final ManagedPolicyOperations policies;

  public ManagedPolicyDriver(ManagedPolicyOperations policies) {
    this.policies = policies;
  }

  @Override
  public String type() {
    return "AWS::IAM::ManagedPolicy";
  }

  @Override
  public Applied create(Caller caller, ResolvedResource resource) {
    ManagedPolicyResource policy = (ManagedPolicyResource) resource.typed();
    refuseUsersAndGroups(policy);
    Policy created =
        policies
            .createPolicy(
                caller,
                new CreatePolicyRequest(
                    policy.name(),
                    policy.path(),
                    Documents.policy(resource.properties().get("PolicyDocument")),
                    policy.description().orElse(null),
                    List.of()))
            .policy();
    try {
      policy.roles().forEach(role -> attach(caller, role, created.arn()));
    } catch (RehearsalException e) {
      delete(caller, created.arn(), resource.properties());
      throw e;
    }
    return applied(caller, created.arn());
  }

  @Override
  public Applied update(Caller caller, DeployedResource current, ResolvedResource desired) {
    String arn = current.physicalId();
    ManagedPolicyResource policy = (ManagedPolicyResource) desired.typed();
    refuseUsersAndGroups(policy);
    JsonNode before = current.properties().get("PolicyDocument");
    JsonNode after = desired.properties().get("PolicyDocument");
    if (!Objects.equals(before, after)) {
      List<PolicyVersion> versions = versions(caller, arn);
      if (versions.size() >= MAX_VERSIONS) {
        versions.stream()
            .filter(v -> !Boolean.TRUE.equals(v.isDefaultVersion()))
            .reduce((first, second) -> first)
            .ifPresent(
                oldest ->
                    policies.deletePolicyVersion(
                        caller, new DeletePolicyVersionRequest(arn, oldest.versionId())));
      }
      policies.createPolicyVersion(
          caller, new CreatePolicyVersionRequest(arn, Documents.policy(after), true));
    }
    List<String> oldRoles = Documents.texts(current.properties(), "Roles");
    policy.roles().stream()
        .filter(role -> !oldRoles.contains(role))
        .forEach(role -> attach(caller, role, arn));
    oldRoles.stream()
        .filter(role -> !policy.roles().contains(role))
        .forEach(role -> detach(caller, role, arn));
    return applied(caller, arn);
  }

  @Override
  public boolean exists(Caller caller, DeployedResource intended) {
    Caller root = Caller.root(caller.accountId());
    return Documents.found(
        () -> policies.getPolicy(root, new GetPolicyRequest(intended.physicalId())),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  @Override
  public void delete(Caller caller, DeployedResource resource) {
    delete(caller, resource.physicalId(), resource.properties());
  }

  private void delete(Caller caller, String arn, JsonNode properties) {
    Documents.texts(properties, "Roles").forEach(role -> detach(caller, role, arn));
    List<PolicyVersion> versions =
        Documents.orNull(() -> versions(caller, arn), AwsErrorCode.NO_SUCH_ENTITY);
    if (versions == null) {
      return;
    }
    versions.stream()
        .filter(v -> !Boolean.TRUE.equals(v.isDefaultVersion()))
        .forEach(
            v ->
                policies.deletePolicyVersion(
                    caller, new DeletePolicyVersionRequest(arn, v.versionId())));
    Documents.ignoringMissing(
        () -> policies.deletePolicy(caller, new DeletePolicyRequest(arn)),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  private List<PolicyVersion> versions(Caller caller, String arn) {
    return policies
        .listPolicyVersions(caller, new ListPolicyVersionsRequest(arn, null, null))
        .versions();
  }

  private void attach(Caller caller, String role, String arn) {
    policies.attachRolePolicy(caller, new AttachRolePolicyRequest(role, arn));
  }

  private void detach(Caller caller, String role, String arn) {
    Documents.ignoringMissing(
        () -> policies.detachRolePolicy(caller, new DetachRolePolicyRequest(role, arn)),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  private Applied applied(Caller caller, String arn) {
    Policy policy = policies.getPolicy(caller, new GetPolicyRequest(arn)).policy();
    return new Applied(
        arn,
        Map.of(
            "PolicyArn", TextNode.valueOf(arn),
            "PolicyId", TextNode.valueOf(policy.policyId()),
            "DefaultVersionId", TextNode.valueOf(policy.defaultVersionId()),
            "IsAttachable", BooleanNode.valueOf(Boolean.TRUE.equals(policy.isAttachable())),
            "AttachmentCount", IntNode.valueOf(policy.attachmentCount()),
            "PermissionsBoundaryUsageCount",
                IntNode.valueOf(policy.permissionsBoundaryUsageCount())));
  }

  private static void refuseUsersAndGroups(ManagedPolicyResource policy) {
    if (!policy.users().isEmpty() || !policy.groups().isEmpty()) {
      throw new RehearsalException(
          AwsErrorCode.INVALID_INPUT,
          "Users and Groups are not modelled by this emulator's IAM, which has roles only");
    }
  }
}
