package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.iam.IamShapes.DeleteRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetRolePolicyResponse;
import dev.rehearsal.aws.iam.IamShapes.ListRolePoliciesRequest;
import dev.rehearsal.aws.iam.IamShapes.ListRolePoliciesResponse;
import dev.rehearsal.aws.iam.IamShapes.PutRolePolicyRequest;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A role's inline policies, typed (botocore {@code PutRolePolicy}, {@code GetRolePolicy}, {@code
 * ListRolePolicies}, {@code DeleteRolePolicy}), each authorised first ({@link IamAccess}). Their
 * sizes together are limited to 10,240 characters per role, white space not counted (IAM User
 * Guide, "IAM and AWS STS quotas").
 */
public final class RolePolicyOperations {
  static final int MAX_INLINE_TOTAL = 10240;

  private final IamStore store;
  private final IamAccess access;

  public RolePolicyOperations(IamStore store, IamAccess access) {
    this.store = store;
    this.access = access;
  }

  public void putRolePolicy(Caller caller, PutRolePolicyRequest request) {
    String roleName = request.roleName();
    access.require(caller, "PutRolePolicy", roleName, null);
    String policyName = request.policyName();
    String document = request.policyDocument();
    ValidationErrors errors = new ValidationErrors();
    IamParams.name(errors, "roleName", roleName, 64);
    IamParams.name(errors, "policyName", policyName, 128);
    IamParams.document(errors, "policyDocument", document);
    errors.throwIfAny();
    RoleOperations.find(store.state(), roleName);
    PolicyParser.parse(document, PolicyKind.IDENTITY);
    store.change(
        state -> {
          RoleEntity role = RoleOperations.find(state, roleName);
          Map<String, String> policies = new LinkedHashMap<>(role.inlinePolicies());
          policies.put(policyName, document);
          int total =
              policies.values().stream()
                  .mapToInt(
                      d -> (int) d.codePoints().filter(c -> !Character.isWhitespace(c)).count())
                  .sum();
          if (total > MAX_INLINE_TOTAL) {
            throw new RehearsalException(
                AwsErrorCode.LIMIT_EXCEEDED,
                "Maximum policy size of "
                    + MAX_INLINE_TOTAL
                    + " bytes exceeded for role "
                    + role.name());
          }
          return new IamStore.Change<>(state.withRole(role.withInlinePolicies(policies)), role);
        });
  }

  public GetRolePolicyResponse getRolePolicy(Caller caller, GetRolePolicyRequest request) {
    access.require(caller, "GetRolePolicy", request.roleName(), null);
    RoleEntity role = RoleOperations.find(store.state(), request.roleName());
    String policyName = policyName(request.policyName());
    String document = role.inlinePolicies().get(policyName);
    if (document == null) {
      throw noSuchPolicy(policyName);
    }
    return new GetRolePolicyResponse(role.name(), policyName, document);
  }

  public ListRolePoliciesResponse listRolePolicies(Caller caller, ListRolePoliciesRequest request) {
    access.require(caller, "ListRolePolicies", request.roleName(), null);
    RoleEntity role = RoleOperations.find(store.state(), request.roleName());
    Page<String> page =
        Page.of(
            new ArrayList<>(role.inlinePolicies().keySet()), request.maxItems(), request.marker());
    return new ListRolePoliciesResponse(page.items(), page.truncated(), page.nextMarker());
  }

  public void deleteRolePolicy(Caller caller, DeleteRolePolicyRequest request) {
    access.require(caller, "DeleteRolePolicy", request.roleName(), null);
    String policyName = policyName(request.policyName());
    store.change(
        state -> {
          RoleEntity role = RoleOperations.find(state, request.roleName());
          if (!role.inlinePolicies().containsKey(policyName)) {
            throw noSuchPolicy(policyName);
          }
          Map<String, String> policies = new LinkedHashMap<>(role.inlinePolicies());
          policies.remove(policyName);
          return new IamStore.Change<>(state.withRole(role.withInlinePolicies(policies)), role);
        });
  }

  private static String policyName(String name) {
    IamParams.name(new ValidationErrors(), "policyName", name, 128).throwIfAny();
    return name;
  }

  private static RehearsalException noSuchPolicy(String name) {
    return new RehearsalException(
        AwsErrorCode.NO_SUCH_ENTITY, "The role policy with name " + name + " cannot be found.");
  }
}
