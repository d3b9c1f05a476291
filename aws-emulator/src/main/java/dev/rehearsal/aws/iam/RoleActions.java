package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.AccessKeys;
import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.XmlBody;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * IAM's role actions (botocore {@code iam/2010-05-08}): create, get, list, delete, update the trust
 * policy, description and maximum session duration, tags. Role names are unique regardless of case
 * (IAM User Guide, "IAM identifiers"); the default maximum session is one hour.
 */
final class RoleActions {
  static final int DEFAULT_MAX_SESSION = 3600;
  static final int MAX_ROLES = 1000;

  private final IamStore store;
  private final String accountId;
  private final Clock clock;

  RoleActions(IamStore store, String accountId, Clock clock) {
    this.store = store;
    this.accountId = accountId;
    this.clock = clock;
  }

  void register(Map<String, IamAction> actions) {
    actions.put("CreateRole", this::create);
    actions.put(
        "GetRole",
        p -> Optional.of(new XmlBody().child("Role", IamXml.role(find(store.state(), p)))));
    actions.put("ListRoles", this::list);
    actions.put("DeleteRole", this::delete);
    actions.put("UpdateAssumeRolePolicy", this::updateTrust);
    actions.put("UpdateRole", this::updateRole);
    actions.put("TagRole", this::tag);
    actions.put("UntagRole", this::untag);
    actions.put(
        "ListRoleTags",
        p -> Optional.of(Page.of(find(store.state(), p).tags(), p).write("Tags", IamXml::tag)));
  }

  private Optional<XmlBody> create(QueryParams params) {
    String name = params.orNull("RoleName");
    String path = params.get("Path").orElse("/");
    String document = params.orNull("AssumeRolePolicyDocument");
    String description = params.orNull("Description");
    Integer maxSession = params.integer("MaxSessionDuration");
    ValidationErrors errors = new ValidationErrors();
    errors.required("path", path, 1, 512).pattern("path", path, IamParams.PATH);
    IamParams.name(errors, "roleName", name, 64);
    IamParams.document(errors, "assumeRolePolicyDocument", document);
    errors.optional("description", description, 0, 1000);
    errors.pattern("description", description, IamParams.DESCRIPTION);
    errors.range("maxSessionDuration", maxSession, 3600, 43200);
    List<Tag> tags = IamParams.tags(IamQueryService.tags(params), errors);
    errors.throwIfAny();
    TrustPolicies.check(document);
    RoleEntity role =
        new RoleEntity(
            name,
            path,
            AccessKeys.uniqueId("AROA"),
            "arn:aws:iam::" + accountId + ":role" + path + name,
            clock.instant(),
            document,
            description,
            maxSession == null ? DEFAULT_MAX_SESSION : maxSession,
            tags,
            Map.of(),
            List.of());
    store.change(
        state -> {
          if (state.role(name).isPresent()) {
            throw new RehearsalException(
                AwsErrorCode.ENTITY_ALREADY_EXISTS, "Role with name " + name + " already exists.");
          }
          if (state.roles().size() >= MAX_ROLES) {
            throw new RehearsalException(
                AwsErrorCode.LIMIT_EXCEEDED,
                "Cannot exceed quota for RolesPerAccount: " + MAX_ROLES);
          }
          return new IamStore.Change<>(state.withRole(role), role);
        });
    return Optional.of(new XmlBody().child("Role", IamXml.role(role)));
  }

  private Optional<XmlBody> list(QueryParams params) {
    String prefix = params.get("PathPrefix").orElse("/");
    new ValidationErrors().required("pathPrefix", prefix, 1, 512).throwIfAny();
    List<RoleEntity> roles =
        store.state().roles().values().stream().filter(r -> r.path().startsWith(prefix)).toList();
    return Optional.of(Page.of(roles, params).write("Roles", IamXml::roleSummary));
  }

  private Optional<XmlBody> delete(QueryParams params) {
    store.change(
        state -> {
          RoleEntity role = find(state, params);
          if (!role.inlinePolicies().isEmpty()) {
            throw new RehearsalException(
                AwsErrorCode.DELETE_CONFLICT, "Cannot delete entity, must delete policies first.");
          }
          if (!role.attachedPolicies().isEmpty()) {
            throw new RehearsalException(
                AwsErrorCode.DELETE_CONFLICT,
                "Cannot delete entity, must detach all policies first.");
          }
          return new IamStore.Change<>(state.withoutRole(role.name()), role);
        });
    return Optional.empty();
  }

  private Optional<XmlBody> updateTrust(QueryParams params) {
    String document = params.orNull("PolicyDocument");
    IamParams.document(new ValidationErrors(), "policyDocument", document).throwIfAny();
    find(store.state(), params);
    TrustPolicies.check(document);
    return update(params, role -> role.withTrustPolicy(document));
  }

  private Optional<XmlBody> updateRole(QueryParams params) {
    String description = params.orNull("Description");
    Integer maxSession = params.integer("MaxSessionDuration");
    new ValidationErrors()
        .optional("description", description, 0, 1000)
        .pattern("description", description, IamParams.DESCRIPTION)
        .range("maxSessionDuration", maxSession, 3600, 43200)
        .throwIfAny();
    update(
        params,
        role ->
            role.withSettings(
                description == null ? role.description() : description,
                maxSession == null ? role.maxSessionDuration() : maxSession));
    return Optional.of(new XmlBody());
  }

  private Optional<XmlBody> tag(QueryParams params) {
    ValidationErrors errors = new ValidationErrors();
    List<Tag> tags = IamParams.tags(IamQueryService.tags(params), errors);
    errors.throwIfAny();
    return update(params, role -> role.withTags(IamParams.merge(role.tags(), tags)));
  }

  private Optional<XmlBody> untag(QueryParams params) {
    List<String> keys = params.list("TagKeys");
    return update(params, role -> role.withTags(IamParams.untag(role.tags(), keys)));
  }

  private Optional<XmlBody> update(QueryParams params, UnaryOperator<RoleEntity> change) {
    store.change(
        state -> {
          RoleEntity changed = change.apply(find(state, params));
          return new IamStore.Change<>(state.withRole(changed), changed);
        });
    return Optional.empty();
  }

  /** The role named by {@code RoleName}, or IAM's {@code NoSuchEntity}. */
  static RoleEntity find(IamState state, QueryParams params) {
    String name = params.orNull("RoleName");
    IamParams.name(new ValidationErrors(), "roleName", name, 64).throwIfAny();
    return state
        .role(name)
        .orElseThrow(
            () ->
                new RehearsalException(
                    AwsErrorCode.NO_SUCH_ENTITY,
                    "The role with name " + name + " cannot be found."));
  }
}
