package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.XmlBody;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A role's inline policies (botocore {@code PutRolePolicy}, {@code GetRolePolicy}, {@code
 * ListRolePolicies}, {@code DeleteRolePolicy}). Their sizes together are limited to 10,240
 * characters per role, white space not counted (IAM User Guide, "IAM and AWS STS quotas").
 */
final class RolePolicyActions {
  static final int MAX_INLINE_TOTAL = 10240;

  private final IamStore store;

  RolePolicyActions(IamStore store) {
    this.store = store;
  }

  void register(Map<String, IamAction> actions) {
    actions.put("PutRolePolicy", this::put);
    actions.put("GetRolePolicy", this::get);
    actions.put("ListRolePolicies", this::list);
    actions.put("DeleteRolePolicy", this::delete);
  }

  private Optional<XmlBody> put(QueryParams params) {
    String policyName = params.orNull("PolicyName");
    String document = params.orNull("PolicyDocument");
    ValidationErrors errors = new ValidationErrors();
    IamParams.name(errors, "roleName", params.orNull("RoleName"), 64);
    IamParams.name(errors, "policyName", policyName, 128);
    IamParams.document(errors, "policyDocument", document);
    errors.throwIfAny();
    RoleOperations.find(store.state(), params.orNull("RoleName"));
    PolicyParser.parse(document, PolicyKind.IDENTITY);
    store.change(
        state -> {
          RoleEntity role = RoleOperations.find(state, params.orNull("RoleName"));
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
    return Optional.empty();
  }

  private Optional<XmlBody> get(QueryParams params) {
    RoleEntity role = RoleOperations.find(store.state(), params.orNull("RoleName"));
    String policyName = policyName(params);
    String document = role.inlinePolicies().get(policyName);
    if (document == null) {
      throw noSuchPolicy(policyName);
    }
    return Optional.of(
        new XmlBody()
            .text("RoleName", role.name())
            .text("PolicyName", policyName)
            .text("PolicyDocument", IamXml.encodeDocument(document)));
  }

  private Optional<XmlBody> list(QueryParams params) {
    RoleEntity role = RoleOperations.find(store.state(), params.orNull("RoleName"));
    return Optional.of(
        Page.of(new ArrayList<>(role.inlinePolicies().keySet()), params)
            .write("PolicyNames", name -> name));
  }

  private Optional<XmlBody> delete(QueryParams params) {
    String policyName = policyName(params);
    store.change(
        state -> {
          RoleEntity role = RoleOperations.find(state, params.orNull("RoleName"));
          if (!role.inlinePolicies().containsKey(policyName)) {
            throw noSuchPolicy(policyName);
          }
          Map<String, String> policies = new LinkedHashMap<>(role.inlinePolicies());
          policies.remove(policyName);
          return new IamStore.Change<>(state.withRole(role.withInlinePolicies(policies)), role);
        });
    return Optional.empty();
  }

  private static String policyName(QueryParams params) {
    String name = params.orNull("PolicyName");
    IamParams.name(new ValidationErrors(), "policyName", name, 128).throwIfAny();
    return name;
  }

  private static RehearsalException noSuchPolicy(String name) {
    return new RehearsalException(
        AwsErrorCode.NO_SUCH_ENTITY, "The role policy with name " + name + " cannot be found.");
  }
}
