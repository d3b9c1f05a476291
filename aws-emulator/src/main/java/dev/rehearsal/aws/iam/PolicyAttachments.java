package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.XmlBody;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Attaching managed policies to roles: attach, detach, list attached (at most 10 per role). */
final class PolicyAttachments {
  private final IamStore store;
  private final BiFunction<IamState, QueryParams, ManagedPolicyEntity> findPolicy;

  PolicyAttachments(
      IamStore store, BiFunction<IamState, QueryParams, ManagedPolicyEntity> findPolicy) {
    this.store = store;
    this.findPolicy = findPolicy;
  }

  void register(Map<String, IamAction> actions) {
    actions.put("AttachRolePolicy", this::attach);
    actions.put("DetachRolePolicy", this::detach);
    actions.put("ListAttachedRolePolicies", this::list);
  }

  private Optional<XmlBody> attach(QueryParams params) {
    store.change(
        state -> {
          RoleEntity role = RoleOperations.find(state, params.orNull("RoleName"));
          ManagedPolicyEntity policy = findPolicy.apply(state, params);
          List<String> attached = new ArrayList<>(role.attachedPolicies());
          if (!attached.contains(policy.arn())) {
            attached.add(policy.arn());
          }
          if (attached.size() > ManagedPolicyActions.MAX_ATTACHED) {
            throw new RehearsalException(
                AwsErrorCode.LIMIT_EXCEEDED,
                "Cannot exceed quota for PoliciesPerRole: " + ManagedPolicyActions.MAX_ATTACHED);
          }
          return new IamStore.Change<>(state.withRole(role.withAttachedPolicies(attached)), role);
        });
    return Optional.empty();
  }

  private Optional<XmlBody> detach(QueryParams params) {
    store.change(
        state -> {
          RoleEntity role = RoleOperations.find(state, params.orNull("RoleName"));
          String arn = params.orNull("PolicyArn");
          if (arn == null || !role.attachedPolicies().contains(arn)) {
            throw new RehearsalException(
                AwsErrorCode.NO_SUCH_ENTITY, "Policy " + arn + " was not found.");
          }
          List<String> attached = new ArrayList<>(role.attachedPolicies());
          attached.remove(arn);
          return new IamStore.Change<>(state.withRole(role.withAttachedPolicies(attached)), role);
        });
    return Optional.empty();
  }

  private Optional<XmlBody> list(QueryParams params) {
    IamState state = store.state();
    RoleEntity role = RoleOperations.find(state, params.orNull("RoleName"));
    String prefix = params.get("PathPrefix").orElse("/");
    List<ManagedPolicyEntity> attached =
        role.attachedPolicies().stream()
            .map(arn -> state.policies().get(arn))
            .filter(p -> p != null && p.path().startsWith(prefix))
            .toList();
    return Optional.of(
        Page.of(attached, params)
            .write(
                "AttachedPolicies",
                p -> new XmlBody().text("PolicyName", p.name()).text("PolicyArn", p.arn())));
  }
}
