package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.AccessKeys;
import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.XmlBody;
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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Customer managed policies with versions (at most 5, IAM User Guide "Versioning IAM policies"),
 * attached to roles (at most 10 per role, "IAM and AWS STS quotas").
 */
final class ManagedPolicyActions {
  static final int MAX_VERSIONS = 5;
  static final int MAX_ATTACHED = 10;

  /** {@code policyPathType}. */
  private static final Pattern POLICY_PATH = Pattern.compile("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");

  private final IamStore store;
  private final String accountId;
  private final Clock clock;

  ManagedPolicyActions(IamStore store, String accountId, Clock clock) {
    this.store = store;
    this.accountId = accountId;
    this.clock = clock;
  }

  void register(Map<String, IamAction> actions) {
    actions.put("CreatePolicy", this::create);
    actions.put(
        "GetPolicy",
        p ->
            Optional.of(
                new XmlBody().child("Policy", policy(find(store.state(), p), store.state()))));
    actions.put("ListPolicies", this::list);
    actions.put("DeletePolicy", this::delete);
    actions.put("CreatePolicyVersion", this::createVersion);
    actions.put("GetPolicyVersion", this::getVersion);
    actions.put("ListPolicyVersions", this::listVersions);
    actions.put("DeletePolicyVersion", this::deleteVersion);
    new PolicyAttachments(store, this::find).register(actions);
  }

  private Optional<XmlBody> create(QueryParams params) {
    String name = params.orNull("PolicyName");
    String path = params.get("Path").orElse("/");
    String document = params.orNull("PolicyDocument");
    String description = params.orNull("Description");
    ValidationErrors errors = new ValidationErrors();
    IamParams.name(errors, "policyName", name, 128);
    errors.required("path", path, 1, 512).pattern("path", path, POLICY_PATH);
    IamParams.document(errors, "policyDocument", document);
    errors.optional("description", description, 0, 1000);
    List<Tag> tags = IamParams.tags(IamQueryService.tags(params), errors);
    errors.throwIfAny();
    PolicyParser.parse(document, PolicyKind.IDENTITY, SizeQuota.policySize());
    Instant now = clock.instant();
    String arn = "arn:aws:iam::" + accountId + ":policy" + path + name;
    ManagedPolicyEntity policy =
        new ManagedPolicyEntity(
            name,
            path,
            AccessKeys.uniqueId("ANPA"),
            arn,
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
    return Optional.of(new XmlBody().child("Policy", policy(policy, store.state())));
  }

  private Optional<XmlBody> list(QueryParams params) {
    IamState state = store.state();
    String prefix = params.get("PathPrefix").orElse("/");
    boolean onlyAttached = params.get("OnlyAttached").map(Boolean::parseBoolean).orElse(false);
    List<ManagedPolicyEntity> policies =
        state.policies().values().stream()
            .filter(p -> p.path().startsWith(prefix))
            .filter(p -> !onlyAttached || attachments(state, p.arn()) > 0)
            .toList();
    return Optional.of(Page.of(policies, params).write("Policies", p -> policy(p, state)));
  }

  private Optional<XmlBody> delete(QueryParams params) {
    store.change(
        state -> {
          ManagedPolicyEntity policy = find(state, params);
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
    return Optional.empty();
  }

  private Optional<XmlBody> createVersion(QueryParams params) {
    String document = params.orNull("PolicyDocument");
    IamParams.document(new ValidationErrors(), "policyDocument", document).throwIfAny();
    boolean setAsDefault = params.get("SetAsDefault").map(Boolean::parseBoolean).orElse(false);
    find(store.state(), params);
    PolicyParser.parse(document, PolicyKind.IDENTITY, SizeQuota.policySize());
    ManagedPolicyEntity.PolicyVersion created =
        store.change(
            state -> {
              ManagedPolicyEntity policy = find(state, params);
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
    return Optional.of(new XmlBody().child("PolicyVersion", version(created, setAsDefault, false)));
  }

  private Optional<XmlBody> getVersion(QueryParams params) {
    ManagedPolicyEntity policy = find(store.state(), params);
    var version = findVersion(policy, params);
    return Optional.of(
        new XmlBody()
            .child(
                "PolicyVersion",
                version(version, version.versionId().equals(policy.defaultVersionId()), true)));
  }

  private Optional<XmlBody> listVersions(QueryParams params) {
    ManagedPolicyEntity policy = find(store.state(), params);
    return Optional.of(
        Page.of(policy.versions(), params)
            .write(
                "Versions",
                v -> version(v, v.versionId().equals(policy.defaultVersionId()), false)));
  }

  private Optional<XmlBody> deleteVersion(QueryParams params) {
    store.change(
        state -> {
          ManagedPolicyEntity policy = find(state, params);
          var version = findVersion(policy, params);
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
    return Optional.empty();
  }

  /** The policy named by {@code PolicyArn}, or IAM's {@code NoSuchEntity}. */
  ManagedPolicyEntity find(IamState state, QueryParams params) {
    String arn = params.orNull("PolicyArn");
    IamParams.arn(new ValidationErrors(), "policyArn", arn).throwIfAny();
    ManagedPolicyEntity policy = state.policies().get(arn);
    if (policy == null) {
      throw new RehearsalException(
          AwsErrorCode.NO_SUCH_ENTITY, "Policy " + arn + " does not exist or is not attachable.");
    }
    return policy;
  }

  private static ManagedPolicyEntity.PolicyVersion findVersion(
      ManagedPolicyEntity policy, QueryParams params) {
    String versionId = params.orNull("VersionId");
    new ValidationErrors()
        .required("versionId", versionId, 1, 20)
        .pattern("versionId", versionId, Pattern.compile("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"))
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

  static int attachments(IamState state, String policyArn) {
    return (int)
        state.roles().values().stream()
            .filter(r -> r.attachedPolicies().contains(policyArn))
            .count();
  }

  private static XmlBody policy(ManagedPolicyEntity policy, IamState state) {
    XmlBody body =
        new XmlBody()
            .text("PolicyName", policy.name())
            .text("PolicyId", policy.policyId())
            .text("Arn", policy.arn())
            .text("Path", policy.path())
            .text("DefaultVersionId", policy.defaultVersionId())
            .number("AttachmentCount", attachments(state, policy.arn()))
            .number("PermissionsBoundaryUsageCount", 0)
            .bool("IsAttachable", true)
            .text("Description", policy.description())
            .time("CreateDate", policy.createDate())
            .time("UpdateDate", policy.updateDate());
    if (!policy.tags().isEmpty()) {
      body.list("Tags", IamXml.tags(policy.tags()));
    }
    return body;
  }

  private static XmlBody version(
      ManagedPolicyEntity.PolicyVersion version, boolean isDefault, boolean withDocument) {
    return new XmlBody()
        .text("Document", withDocument ? IamXml.encodeDocument(version.document()) : null)
        .text("VersionId", version.versionId())
        .bool("IsDefaultVersion", isDefault)
        .time("CreateDate", version.createDate());
  }
}
