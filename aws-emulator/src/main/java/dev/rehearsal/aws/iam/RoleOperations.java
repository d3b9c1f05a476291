package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.AccessKeys;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.iam.IamShapes.CreateRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateRoleResponse;
import dev.rehearsal.aws.iam.IamShapes.DeleteRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.GetRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.GetRoleResponse;
import dev.rehearsal.aws.iam.IamShapes.ListRoleTagsRequest;
import dev.rehearsal.aws.iam.IamShapes.ListRoleTagsResponse;
import dev.rehearsal.aws.iam.IamShapes.ListRolesRequest;
import dev.rehearsal.aws.iam.IamShapes.ListRolesResponse;
import dev.rehearsal.aws.iam.IamShapes.Role;
import dev.rehearsal.aws.iam.IamShapes.RoleLastUsed;
import dev.rehearsal.aws.iam.IamShapes.TagRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.UntagRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateAssumeRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateRoleResponse;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * IAM's role operations, typed (botocore {@code iam/2010-05-08}): create, get, list, delete, update
 * the trust policy, description and maximum session duration, tags. Each is authorised first
 * ({@link IamAccess}), then validated as IAM validates it. Role names are unique regardless of case
 * (IAM User Guide, "IAM identifiers"); the default maximum session is one hour.
 */
public final class RoleOperations {
  static final int DEFAULT_MAX_SESSION = 3600;
  static final int MAX_ROLES = 1000;

  private final IamStore store;
  private final IamAccess access;
  private final String accountId;
  private final Clock clock;

  public RoleOperations(IamStore store, IamAccess access, String accountId, Clock clock) {
    this.store = store;
    this.access = access;
    this.accountId = accountId;
    this.clock = clock;
  }

  public CreateRoleResponse createRole(Caller caller, CreateRoleRequest request) {
    String name = request.roleName();
    access.require(caller, "CreateRole", name, null);
    String path = request.path() == null ? "/" : request.path();
    String document = request.assumeRolePolicyDocument();
    String description = request.description();
    Integer maxSession = request.maxSessionDuration();
    ValidationErrors errors = new ValidationErrors();
    errors.required("path", path, 1, 512).pattern("path", path, IamParams.PATH);
    IamParams.name(errors, "roleName", name, 64);
    IamParams.document(errors, "assumeRolePolicyDocument", document);
    settings(errors, description, maxSession);
    List<Tag> tags = IamParams.tags(request.tags(), errors);
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
    return new CreateRoleResponse(role(role));
  }

  public GetRoleResponse getRole(Caller caller, GetRoleRequest request) {
    access.require(caller, "GetRole", request.roleName(), null);
    return new GetRoleResponse(role(find(store.state(), request.roleName())));
  }

  public ListRolesResponse listRoles(Caller caller, ListRolesRequest request) {
    access.require(caller, "ListRoles", null, null);
    String prefix = request.pathPrefix() == null ? "/" : request.pathPrefix();
    new ValidationErrors().required("pathPrefix", prefix, 1, 512).throwIfAny();
    List<RoleEntity> roles =
        store.state().roles().values().stream().filter(r -> r.path().startsWith(prefix)).toList();
    Page<RoleEntity> page = Page.of(roles, request.maxItems(), request.marker());
    return new ListRolesResponse(
        page.items().stream().map(RoleOperations::summary).toList(),
        page.truncated(),
        page.nextMarker());
  }

  public void deleteRole(Caller caller, DeleteRoleRequest request) {
    access.require(caller, "DeleteRole", request.roleName(), null);
    store.change(
        state -> {
          RoleEntity role = find(state, request.roleName());
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
  }

  public void updateAssumeRolePolicy(Caller caller, UpdateAssumeRolePolicyRequest request) {
    String name = request.roleName();
    access.require(caller, "UpdateAssumeRolePolicy", name, null);
    String document = request.policyDocument();
    IamParams.document(new ValidationErrors(), "policyDocument", document).throwIfAny();
    find(store.state(), name);
    TrustPolicies.check(document);
    update(name, role -> role.withTrustPolicy(document));
  }

  public UpdateRoleResponse updateRole(Caller caller, UpdateRoleRequest request) {
    access.require(caller, "UpdateRole", request.roleName(), null);
    String description = request.description();
    Integer maxSession = request.maxSessionDuration();
    settings(new ValidationErrors(), description, maxSession).throwIfAny();
    update(
        request.roleName(),
        role ->
            role.withSettings(
                description == null ? role.description() : description,
                maxSession == null ? role.maxSessionDuration() : maxSession));
    return new UpdateRoleResponse();
  }

  public void tagRole(Caller caller, TagRoleRequest request) {
    access.require(caller, "TagRole", request.roleName(), null);
    ValidationErrors errors = new ValidationErrors();
    List<Tag> tags = IamParams.tags(request.tags(), errors);
    errors.throwIfAny();
    update(request.roleName(), role -> role.withTags(IamParams.merge(role.tags(), tags)));
  }

  public void untagRole(Caller caller, UntagRoleRequest request) {
    access.require(caller, "UntagRole", request.roleName(), null);
    List<String> keys = IamParams.orEmpty(request.tagKeys());
    update(request.roleName(), role -> role.withTags(IamParams.untag(role.tags(), keys)));
  }

  public ListRoleTagsResponse listRoleTags(Caller caller, ListRoleTagsRequest request) {
    access.require(caller, "ListRoleTags", request.roleName(), null);
    RoleEntity role = find(store.state(), request.roleName());
    Page<Tag> page = Page.of(role.tags(), request.maxItems(), request.marker());
    return new ListRoleTagsResponse(page.items(), page.truncated(), page.nextMarker());
  }

  private void update(String name, UnaryOperator<RoleEntity> change) {
    store.change(
        state -> {
          RoleEntity changed = change.apply(find(state, name));
          return new IamStore.Change<>(state.withRole(changed), changed);
        });
  }

  /** {@code roleDescriptionType} and {@code roleMaxSessionDurationType}. */
  private static ValidationErrors settings(
      ValidationErrors errors, String description, Integer maxSession) {
    return errors
        .optional("description", description, 0, 1000)
        .pattern("description", description, IamParams.DESCRIPTION)
        .range("maxSessionDuration", maxSession, 3600, 43200);
  }

  /** The role named {@code name} (in any case), or IAM's {@code NoSuchEntity}. */
  static RoleEntity find(IamState state, String name) {
    IamParams.name(new ValidationErrors(), "roleName", name, 64).throwIfAny();
    return state
        .role(name)
        .orElseThrow(
            () ->
                new RehearsalException(
                    AwsErrorCode.NO_SUCH_ENTITY,
                    "The role with name " + name + " cannot be found."));
  }

  /** A role as {@code GetRole} and {@code CreateRole} give it. */
  private static Role role(RoleEntity role) {
    return shape(role, role.tags(), new RoleLastUsed(null, null));
  }

  /** A role as {@code ListRoles} gives it: no tags, no last use. */
  private static Role summary(RoleEntity role) {
    return shape(role, null, null);
  }

  private static Role shape(RoleEntity role, List<Tag> tags, RoleLastUsed lastUsed) {
    return new Role(
        role.path(),
        role.name(),
        role.roleId(),
        role.arn(),
        role.createDate(),
        role.trustPolicy(),
        role.description(),
        role.maxSessionDuration(),
        tags,
        lastUsed);
  }
}
