package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.AccessKeys;
import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.iam.IamShapes.AttachRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.AttachedPolicy;
import dev.rehearsal.aws.iam.IamShapes.CreatePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.CreatePolicyResponse;
import dev.rehearsal.aws.iam.IamShapes.CreatePolicyVersionRequest;
import dev.rehearsal.aws.iam.IamShapes.CreatePolicyVersionResponse;
import dev.rehearsal.aws.iam.IamShapes.DeletePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.DeletePolicyVersionRequest;
import dev.rehearsal.aws.iam.IamShapes.DetachRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetPolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetPolicyResponse;
import dev.rehearsal.aws.iam.IamShapes.GetPolicyVersionRequest;
import dev.rehearsal.aws.iam.IamShapes.GetPolicyVersionResponse;
import dev.rehearsal.aws.iam.IamShapes.ListAttachedRolePoliciesRequest;
import dev.rehearsal.aws.iam.IamShapes.ListAttachedRolePoliciesResponse;
import dev.rehearsal.aws.iam.IamShapes.ListPoliciesRequest;
import dev.rehearsal.aws.iam.IamShapes.ListPoliciesResponse;
import dev.rehearsal.aws.iam.IamShapes.ListPolicyVersionsRequest;
import dev.rehearsal.aws.iam.IamShapes.ListPolicyVersionsResponse;
import dev.rehearsal.aws.iam.IamShapes.Policy;
import dev.rehearsal.aws.iam.IamShapes.PolicyVersion;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.error.ValidationErrors;
import dev.rehearsal.core.policy.PolicyKind;
import dev.rehearsal.core.policy.PolicyParser;
import dev.rehearsal.core.policy.SizeQuota;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Customer managed policies, typed: create, get, list, delete; versions (at most 5, IAM User Guide
 * "Versioning IAM policies"); attached to roles (at most 10 per role, "IAM and AWS STS quotas").
 * Each operation is authorised first ({@link IamAccess}), then validated as IAM validates it.
 */
public final class ManagedPolicyOperations {
  static final int MAX_VERSIONS = 5;
  static final int MAX_ATTACHED = 10;

  /** {@code policyPathType}. */
  private static final Pattern POLICY_PATH = Pattern.compile("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");

  private static final Pattern VERSION_ID = Pattern.compile("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");

  private final IamStore store;
  private final IamAccess access;
  private final String accountId;
  private final Clock clock;

  public ManagedPolicyOperations(IamStore store, IamAccess access, String accountId, Clock clock) {
    this.store = store;
    this.access = access;
    this.accountId = accountId;
    this.clock = clock;
  }

  public CreatePolicyResponse createPolicy(Caller caller, CreatePolicyRequest request) {
    access.require(caller, "CreatePolicy", null, null);
    String name = request.policyName();
    String path = request.path() == null ? "/" : request.path();
    String document = request.policyDocument();
    String description = request.description();
    ValidationErrors errors = new ValidationErrors();
    IamParams.name(errors, "policyName", name, 128);
    errors.required("path", path, 1, 512).pattern("path", path, POLICY_PATH);
    IamParams.document(errors, "policyDocument", document);
    errors.optional("description", description, 0, 1000);
    List<Tag> tags = IamParams.tags(request.tags(), errors);
    errors.throwIfAny();
    PolicyParser.parse(document, PolicyKind.IDENTITY, SizeQuota.policySize());
    Instant now = clock.instant();
    ManagedPolicyEntity policy =
        new ManagedPolicyEntity(
            name,
            path,
            AccessKeys.uniqueId("ANPA"),
            "arn:aws:iam::" + accountId + ":policy" + path + name,
            description,
            now,
            now,
            "v1",
            2,
            List.of(new ManagedPolicyEntity.PolicyVersion("v1", document, now)),
            tags);
    store.change(
        state -> {
          if (state.policies().values().stream().anyMatch(p -> p.name().equals(name))) {
            throw new RehearsalException(
                AwsErrorCode.ENTITY_ALREADY_EXISTS,
                "A policy called " + name + " already exists. Duplicate names are not allowed.");
          }
          return new IamStore.Change<>(state.withPolicy(policy), policy);
        });
    return new CreatePolicyResponse(policy(policy, store.state()));
  }

  public GetPolicyResponse getPolicy(Caller caller, GetPolicyRequest request) {
    access.require(caller, "GetPolicy", null, request.policyArn());
    IamState state = store.state();
    return new GetPolicyResponse(policy(find(state, request.policyArn()), state));
  }

  public ListPoliciesResponse listPolicies(Caller caller, ListPoliciesRequest request) {
    access.require(caller, "ListPolicies", null, null);
    IamState state = store.state();
    String prefix = request.pathPrefix() == null ? "/" : request.pathPrefix();
    boolean onlyAttached = Boolean.TRUE.equals(request.onlyAttached());
    List<ManagedPolicyEntity> policies =
        state.policies().values().stream()
            .filter(p -> p.path().startsWith(prefix))
            .filter(p -> !onlyAttached || attachments(state, p.arn()) > 0)
            .toList();
    Page<ManagedPolicyEntity> page = Page.of(policies, request.maxItems(), request.marker());
    return new ListPoliciesResponse(
        page.items().stream().map(p -> policy(p, state)).toList(),
        page.truncated(),
        page.nextMarker());
  }

  public void deletePolicy(Caller caller, DeletePolicyRequest request) {
    access.require(caller, "DeletePolicy", null, request.policyArn());
    store.change(
        state -> {
          ManagedPolicyEntity policy = find(state, request.policyArn());
          if (attachments(state, policy.arn()) > 0) {
            throw new RehearsalException(
                AwsErrorCode.DELETE_CONFLICT, "Cannot delete a policy attached to entities.");
          }
          if (policy.versions().size() > 1) {
            throw new RehearsalException(
                AwsErrorCode.DELETE_CONFLICT,
                "This policy has more than one version. Before you delete a policy, you must"
                    + " delete the policy's nondefault versions.");
          }
          return new IamStore.Change<>(state.withoutPolicy(policy.arn()), policy);
        });
  }

  public CreatePolicyVersionResponse createPolicyVersion(
      Caller caller, CreatePolicyVersionRequest request) {
    String arn = request.policyArn();
    access.require(caller, "CreatePolicyVersion", null, arn);
    String document = request.policyDocument();
    IamParams.document(new ValidationErrors(), "policyDocument", document).throwIfAny();
    boolean setAsDefault = Boolean.TRUE.equals(request.setAsDefault());
    find(store.state(), arn);
    PolicyParser.parse(document, PolicyKind.IDENTITY, SizeQuota.policySize());
    ManagedPolicyEntity.PolicyVersion created =
        store.change(
            state -> {
              ManagedPolicyEntity policy = find(state, arn);
              if (policy.versions().size() >= MAX_VERSIONS) {
                throw new RehearsalException(
                    AwsErrorCode.LIMIT_EXCEEDED,
                    "A managed policy can have up to "
                        + MAX_VERSIONS
                        + " versions. Before you create a new version, you must delete an"
                        + " existing version.");
              }
              Instant now = clock.instant();
              var version =
                  new ManagedPolicyEntity.PolicyVersion("v" + policy.nextVersion(), document, now);
              List<ManagedPolicyEntity.PolicyVersion> versions = new ArrayList<>(policy.versions());
              versions.add(version);
              String defaultId = setAsDefault ? version.versionId() : policy.defaultVersionId();
              return new IamStore.Change<>(
                  state.withPolicy(
                      policy.withVersions(versions, defaultId, policy.nextVersion() + 1, now)),
                  version);
            });
    return new CreatePolicyVersionResponse(version(created, setAsDefault, false));
  }

  public GetPolicyVersionResponse getPolicyVersion(Caller caller, GetPolicyVersionRequest request) {
    access.require(caller, "GetPolicyVersion", null, request.policyArn());
    ManagedPolicyEntity policy = find(store.state(), request.policyArn());
    var version = findVersion(policy, request.versionId());
    return new GetPolicyVersionResponse(
        version(version, version.versionId().equals(policy.defaultVersionId()), true));
  }

  public ListPolicyVersionsResponse listPolicyVersions(
      Caller caller, ListPolicyVersionsRequest request) {
    access.require(caller, "ListPolicyVersions", null, request.policyArn());
    ManagedPolicyEntity policy = find(store.state(), request.policyArn());
    var page = Page.of(policy.versions(), request.maxItems(), request.marker());
    return new ListPolicyVersionsResponse(
        page.items().stream()
            .map(v -> version(v, v.versionId().equals(policy.defaultVersionId()), false))
            .toList(),
        page.truncated(),
        page.nextMarker());
  }

  public void deletePolicyVersion(Caller caller, DeletePolicyVersionRequest request) {
    access.require(caller, "DeletePolicyVersion", null, request.policyArn());
    store.change(
        state -> {
          ManagedPolicyEntity policy = find(state, request.policyArn());
          var version = findVersion(policy, request.versionId());
          if (version.versionId().equals(policy.defaultVersionId())) {
            throw new RehearsalException(
                AwsErrorCode.DELETE_CONFLICT, "Cannot delete the default version of a policy.");
          }
          List<ManagedPolicyEntity.PolicyVersion> versions = new ArrayList<>(policy.versions());
          versions.remove(version);
          return new IamStore.Change<>(
              state.withPolicy(
                  policy.withVersions(
                      versions, policy.defaultVersionId(), policy.nextVersion(), clock.instant())),
              version);
        });
  }

  public void attachRolePolicy(Caller caller, AttachRolePolicyRequest request) {
    access.require(caller, "AttachRolePolicy", request.roleName(), request.policyArn());
    store.change(
        state -> {
          RoleEntity role = RoleOperations.find(state, request.roleName());
          ManagedPolicyEntity policy = find(state, request.policyArn());
          List<String> attached = new ArrayList<>(role.attachedPolicies());
          if (!attached.contains(policy.arn())) {
            attached.add(policy.arn());
          }
          if (attached.size() > MAX_ATTACHED) {
            throw new RehearsalException(
                AwsErrorCode.LIMIT_EXCEEDED,
                "Cannot exceed quota for PoliciesPerRole: " + MAX_ATTACHED);
          }
          return new IamStore.Change<>(state.withRole(role.withAttachedPolicies(attached)), role);
        });
  }

  public void detachRolePolicy(Caller caller, DetachRolePolicyRequest request) {
    String arn = request.policyArn();
    access.require(caller, "DetachRolePolicy", request.roleName(), arn);
    store.change(
        state -> {
          RoleEntity role = RoleOperations.find(state, request.roleName());
          if (arn == null || !role.attachedPolicies().contains(arn)) {
            throw new RehearsalException(
                AwsErrorCode.NO_SUCH_ENTITY, "Policy " + arn + " was not found.");
          }
          List<String> attached = new ArrayList<>(role.attachedPolicies());
          attached.remove(arn);
          return new IamStore.Change<>(state.withRole(role.withAttachedPolicies(attached)), role);
        });
  }

  public ListAttachedRolePoliciesResponse listAttachedRolePolicies(
      Caller caller, ListAttachedRolePoliciesRequest request) {
    access.require(caller, "ListAttachedRolePolicies", request.roleName(), null);
    IamState state = store.state();
    RoleEntity role = RoleOperations.find(state, request.roleName());
    String prefix = request.pathPrefix() == null ? "/" : request.pathPrefix();
    List<AttachedPolicy> attached =
        role.attachedPolicies().stream()
            .map(arn -> state.policies().get(arn))
            .filter(p -> p != null && p.path().startsWith(prefix))
            .map(p -> new AttachedPolicy(p.name(), p.arn()))
            .toList();
    Page<AttachedPolicy> page = Page.of(attached, request.maxItems(), request.marker());
    return new ListAttachedRolePoliciesResponse(page.items(), page.truncated(), page.nextMarker());
  }

  /** The policy {@code arn} names, or IAM's {@code NoSuchEntity}. */
  private static ManagedPolicyEntity find(IamState state, String arn) {
    IamParams.arn(new ValidationErrors(), "policyArn", arn).throwIfAny();
    ManagedPolicyEntity policy = state.policies().get(arn);
    if (policy == null) {
      throw new RehearsalException(
          AwsErrorCode.NO_SUCH_ENTITY, "Policy " + arn + " does not exist or is not attachable.");
    }
    return policy;
  }

  private static ManagedPolicyEntity.PolicyVersion findVersion(
      ManagedPolicyEntity policy, String versionId) {
    new ValidationErrors()
        .required("versionId", versionId, 1, 20)
        .pattern("versionId", versionId, VERSION_ID)
        .throwIfAny();
    return policy.versions().stream()
        .filter(v -> v.versionId().equals(versionId))
        .findFirst()
        .orElseThrow(
            () ->
                new RehearsalException(
                    AwsErrorCode.NO_SUCH_ENTITY,
                    "Policy " + policy.arn() + " version " + versionId + " does not exist."));
  }

  private static int attachments(IamState state, String policyArn) {
    return (int)
        state.roles().values().stream()
            .filter(r -> r.attachedPolicies().contains(policyArn))
            .count();
  }

  private static Policy policy(ManagedPolicyEntity policy, IamState state) {
    return new Policy(
        policy.name(),
        policy.policyId(),
        policy.arn(),
        policy.path(),
        policy.defaultVersionId(),
        attachments(state, policy.arn()),
        0,
        true,
        policy.description(),
        policy.createDate(),
        policy.updateDate(),
        policy.tags());
  }

  private static PolicyVersion version(
      ManagedPolicyEntity.PolicyVersion version, boolean isDefault, boolean withDocument) {
    return new PolicyVersion(
        withDocument ? version.document() : null,
        version.versionId(),
        isDefault,
        version.createDate());
  }
}
