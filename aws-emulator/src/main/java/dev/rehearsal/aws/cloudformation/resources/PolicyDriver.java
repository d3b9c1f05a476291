package dev.rehearsal.aws.cloudformation.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.iam.IamShapes.DeleteRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.PutRolePolicyRequest;
import dev.rehearsal.aws.iam.RolePolicyOperations;
import dev.rehearsal.core.cloudformation.DeployedResource;
import dev.rehearsal.core.cloudformation.ResolvedResource;
import dev.rehearsal.core.cloudformation.resource.PolicyResource;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::IAM::Policy}: an inline policy put on each of its {@code Roles} ({@code
 * PutRolePolicy}); its physical id is the name CloudFormation generates for it. This emulator's IAM
 * has roles only: {@code Users} and {@code Groups} are refused rather than ignored.
 */
public final class PolicyDriver implements ResourceDriver {
  private final RolePolicyOperations policies;

  public PolicyDriver(RolePolicyOperations policies) {
    this.policies = policies;
  }

  @Override
  public String type() {
    return "AWS::IAM::Policy";
  }

  @Override
  public Applied create(Caller caller, ResolvedResource resource) {
    PolicyResource policy = (PolicyResource) resource.typed();
    refuseUsersAndGroups(policy);
    String document = Documents.policy(resource.properties().get("PolicyDocument"));
    List<String> done = new ArrayList<>();
    try {
      for (String role : policy.roles()) {
        put(caller, role, policy.policyName(), document);
        done.add(role);
      }
    } catch (RehearsalException e) {
      done.forEach(role -> remove(caller, role, policy.policyName()));
      throw e;
    }
    return applied(policy.physicalId());
  }

  @Override
  public Applied update(Caller caller, DeployedResource current, ResolvedResource desired) {
    PolicyResource policy = (PolicyResource) desired.typed();
    refuseUsersAndGroups(policy);
    JsonNode before = current.properties();
    String oldName = Documents.text(before, "PolicyName");
    List<String> oldRoles = Documents.texts(before, "Roles");
    String document = Documents.policy(desired.properties().get("PolicyDocument"));
    for (String role : policy.roles()) {
      put(caller, role, policy.policyName(), document);
    }
    for (String role : oldRoles) {
      if (!policy.roles().contains(role) || !policy.policyName().equals(oldName)) {
        remove(caller, role, oldName);
      }
    }
    return applied(current.physicalId());
  }

  @Override
  public void delete(Caller caller, DeployedResource resource) {
    String name = Documents.text(resource.properties(), "PolicyName");
    Documents.texts(resource.properties(), "Roles").forEach(role -> remove(caller, role, name));
  }

  private void put(Caller caller, String role, String name, String document) {
    policies.putRolePolicy(caller, new PutRolePolicyRequest(role, name, document));
  }

  private void remove(Caller caller, String role, String name) {
    Documents.ignoringMissing(
        () -> policies.deleteRolePolicy(caller, new DeleteRolePolicyRequest(role, name)),
        AwsErrorCode.NO_SUCH_ENTITY);
  }

  private static void refuseUsersAndGroups(PolicyResource policy) {
    if (!policy.users().isEmpty() || !policy.groups().isEmpty()) {
      throw new RehearsalException(
          AwsErrorCode.INVALID_INPUT,
          "Users and Groups are not modelled by this emulator's IAM, which has roles only");
    }
  }

  private static Applied applied(String physicalId) {
    return new Applied(physicalId, Map.of("Id", TextNode.valueOf(physicalId)));
  }
}
