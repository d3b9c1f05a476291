package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.IdentityPolicyCheck;
import dev.rehearsal.aws.iam.IamShapes.AddClientIDToOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.AttachRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.CreatePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.CreatePolicyVersionRequest;
import dev.rehearsal.aws.iam.IamShapes.CreateRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.DeleteOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.DeletePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.DeletePolicyVersionRequest;
import dev.rehearsal.aws.iam.IamShapes.DeleteRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.DeleteRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.DetachRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.GetPolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetPolicyVersionRequest;
import dev.rehearsal.aws.iam.IamShapes.GetRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.GetRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.ListAttachedRolePoliciesRequest;
import dev.rehearsal.aws.iam.IamShapes.ListOpenIDConnectProviderTagsRequest;
import dev.rehearsal.aws.iam.IamShapes.ListOpenIDConnectProvidersRequest;
import dev.rehearsal.aws.iam.IamShapes.ListPoliciesRequest;
import dev.rehearsal.aws.iam.IamShapes.ListPolicyVersionsRequest;
import dev.rehearsal.aws.iam.IamShapes.ListRolePoliciesRequest;
import dev.rehearsal.aws.iam.IamShapes.ListRoleTagsRequest;
import dev.rehearsal.aws.iam.IamShapes.ListRolesRequest;
import dev.rehearsal.aws.iam.IamShapes.PutRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.RemoveClientIDFromOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.TagOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.TagRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.UntagOpenIDConnectProviderRequest;
import dev.rehearsal.aws.iam.IamShapes.UntagRoleRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateAssumeRolePolicyRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateOpenIDConnectProviderThumbprintRequest;
import dev.rehearsal.aws.iam.IamShapes.UpdateRoleRequest;
import dev.rehearsal.aws.wire.AwsService;
import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.QueryService;
import dev.rehearsal.aws.wire.XmlBody;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * IAM on the query protocol: binds each {@code Action} to its typed operation — the parameters
 * (botocore member names: {@code RoleName}, {@code Tags.member.N.Key}, …) read into the request
 * record, the result record written as the {@code <ActionResult>} IAM answers. The operations
 * authorise the caller and validate; this class knows nothing of what they do.
 */
public final class IamQueryService implements QueryService {
  /** One action: its parameters in, its result out (empty for actions without output). */
  private interface Binding {
    Optional<XmlBody> call(Caller caller, QueryParams params);
  }

  private final Map<String, Binding> bindings = new HashMap<>();

  public IamQueryService(
      IamStore store, String accountId, Clock clock, IdentityPolicyCheck policies) {
    this(IamOperations.create(store, accountId, clock, policies));
  }

  public IamQueryService(IamOperations iam) {
    bindProviders(iam.providers());
    bindRoles(iam.roles());
    bindRolePolicies(iam.rolePolicies());
    bindManagedPolicies(iam.managedPolicies());
  }

  private void bindProviders(OidcProviderOperations providers) {
    bind(
        "CreateOpenIDConnectProvider",
        p ->
            new CreateOpenIDConnectProviderRequest(
                p.orNull("Url"), p.list("ClientIDList"), p.list("ThumbprintList"), tags(p)),
        providers::createOpenIDConnectProvider,
        r ->
            IamXml.tagged(
                new XmlBody().text("OpenIDConnectProviderArn", r.openIDConnectProviderArn()),
                r.tags()));
    bind(
        "GetOpenIDConnectProvider",
        p -> new GetOpenIDConnectProviderRequest(providerArn(p)),
        providers::getOpenIDConnectProvider,
        r ->
            IamXml.tagged(
                new XmlBody()
                    .text("Url", r.url())
                    .list("ClientIDList", r.clientIDList())
                    .list("ThumbprintList", r.thumbprintList())
                    .time("CreateDate", r.createDate()),
                r.tags()));
    bind(
        "ListOpenIDConnectProviders",
        p -> new ListOpenIDConnectProvidersRequest(),
        providers::listOpenIDConnectProviders,
        r ->
            new XmlBody()
                .list(
                    "OpenIDConnectProviderList",
                    r.openIDConnectProviderList().stream()
                        .map(e -> new XmlBody().text("Arn", e.arn()))
                        .toList()));
    bindVoid(
        "DeleteOpenIDConnectProvider",
        p -> new DeleteOpenIDConnectProviderRequest(providerArn(p)),
        providers::deleteOpenIDConnectProvider);
    bindVoid(
        "UpdateOpenIDConnectProviderThumbprint",
        p ->
            new UpdateOpenIDConnectProviderThumbprintRequest(
                providerArn(p), p.list("ThumbprintList")),
        providers::updateOpenIDConnectProviderThumbprint);
    bindVoid(
        "AddClientIDToOpenIDConnectProvider",
        p -> new AddClientIDToOpenIDConnectProviderRequest(providerArn(p), p.orNull("ClientID")),
        providers::addClientIDToOpenIDConnectProvider);
    bindVoid(
        "RemoveClientIDFromOpenIDConnectProvider",
        p ->
            new RemoveClientIDFromOpenIDConnectProviderRequest(
                providerArn(p), p.orNull("ClientID")),
        providers::removeClientIDFromOpenIDConnectProvider);
    bindVoid(
        "TagOpenIDConnectProvider",
        p -> new TagOpenIDConnectProviderRequest(providerArn(p), tags(p)),
        providers::tagOpenIDConnectProvider);
    bindVoid(
        "UntagOpenIDConnectProvider",
        p -> new UntagOpenIDConnectProviderRequest(providerArn(p), p.list("TagKeys")),
        providers::untagOpenIDConnectProvider);
    bind(
        "ListOpenIDConnectProviderTags",
        p -> new ListOpenIDConnectProviderTagsRequest(providerArn(p), marker(p), maxItems(p)),
        providers::listOpenIDConnectProviderTags,
        r -> IamXml.page("Tags", r.tags(), IamXml::tag, r.isTruncated(), r.marker()));
  }

  private void bindRoles(RoleOperations roles) {
    bind(
        "CreateRole",
        p ->
            new CreateRoleRequest(
                p.orNull("Path"),
                p.orNull("RoleName"),
                p.orNull("AssumeRolePolicyDocument"),
                p.orNull("Description"),
                p.integer("MaxSessionDuration"),
                tags(p)),
        roles::createRole,
        r -> new XmlBody().child("Role", IamXml.role(r.role())));
    bind(
        "GetRole",
        p -> new GetRoleRequest(roleName(p)),
        roles::getRole,
        r -> new XmlBody().child("Role", IamXml.role(r.role())));
    bind(
        "ListRoles",
        p -> new ListRolesRequest(p.orNull("PathPrefix"), marker(p), maxItems(p)),
        roles::listRoles,
        r -> IamXml.page("Roles", r.roles(), IamXml::role, r.isTruncated(), r.marker()));
    bindVoid("DeleteRole", p -> new DeleteRoleRequest(roleName(p)), roles::deleteRole);
    bindVoid(
        "UpdateAssumeRolePolicy",
        p -> new UpdateAssumeRolePolicyRequest(roleName(p), p.orNull("PolicyDocument")),
        roles::updateAssumeRolePolicy);
    bind(
        "UpdateRole",
        p ->
            new UpdateRoleRequest(
                roleName(p), p.orNull("Description"), p.integer("MaxSessionDuration")),
        roles::updateRole,
        r -> new XmlBody());
    bindVoid("TagRole", p -> new TagRoleRequest(roleName(p), tags(p)), roles::tagRole);
    bindVoid(
        "UntagRole", p -> new UntagRoleRequest(roleName(p), p.list("TagKeys")), roles::untagRole);
    bind(
        "ListRoleTags",
        p -> new ListRoleTagsRequest(roleName(p), marker(p), maxItems(p)),
        roles::listRoleTags,
        r -> IamXml.page("Tags", r.tags(), IamXml::tag, r.isTruncated(), r.marker()));
  }

  private void bindRolePolicies(RolePolicyOperations policies) {
    bindVoid(
        "PutRolePolicy",
        p -> new PutRolePolicyRequest(roleName(p), policyName(p), p.orNull("PolicyDocument")),
        policies::putRolePolicy);
    bind(
        "GetRolePolicy",
        p -> new GetRolePolicyRequest(roleName(p), policyName(p)),
        policies::getRolePolicy,
        r ->
            new XmlBody()
                .text("RoleName", r.roleName())
                .text("PolicyName", r.policyName())
                .text("PolicyDocument", IamXml.encodeDocument(r.policyDocument())));
    bind(
        "ListRolePolicies",
        p -> new ListRolePoliciesRequest(roleName(p), marker(p), maxItems(p)),
        policies::listRolePolicies,
        r ->
            IamXml.page("PolicyNames", r.policyNames(), name -> name, r.isTruncated(), r.marker()));
    bindVoid(
        "DeleteRolePolicy",
        p -> new DeleteRolePolicyRequest(roleName(p), policyName(p)),
        policies::deleteRolePolicy);
  }

  private void bindManagedPolicies(ManagedPolicyOperations policies) {
    bind(
        "CreatePolicy",
        p ->
            new CreatePolicyRequest(
                policyName(p),
                p.orNull("Path"),
                p.orNull("PolicyDocument"),
                p.orNull("Description"),
                tags(p)),
        policies::createPolicy,
        r -> new XmlBody().child("Policy", IamXml.policy(r.policy())));
    bind(
        "GetPolicy",
        p -> new GetPolicyRequest(policyArn(p)),
        policies::getPolicy,
        r -> new XmlBody().child("Policy", IamXml.policy(r.policy())));
    bind(
        "ListPolicies",
        p ->
            new ListPoliciesRequest(
                bool(p, "OnlyAttached"), p.orNull("PathPrefix"), marker(p), maxItems(p)),
        policies::listPolicies,
        r -> IamXml.page("Policies", r.policies(), IamXml::policy, r.isTruncated(), r.marker()));
    bindVoid("DeletePolicy", p -> new DeletePolicyRequest(policyArn(p)), policies::deletePolicy);
    bind(
        "CreatePolicyVersion",
        p ->
            new CreatePolicyVersionRequest(
                policyArn(p), p.orNull("PolicyDocument"), bool(p, "SetAsDefault")),
        policies::createPolicyVersion,
        r -> new XmlBody().child("PolicyVersion", IamXml.version(r.policyVersion())));
    bind(
        "GetPolicyVersion",
        p -> new GetPolicyVersionRequest(policyArn(p), p.orNull("VersionId")),
        policies::getPolicyVersion,
        r -> new XmlBody().child("PolicyVersion", IamXml.version(r.policyVersion())));
    bind(
        "ListPolicyVersions",
        p -> new ListPolicyVersionsRequest(policyArn(p), marker(p), maxItems(p)),
        policies::listPolicyVersions,
        r -> IamXml.page("Versions", r.versions(), IamXml::version, r.isTruncated(), r.marker()));
    bindVoid(
        "DeletePolicyVersion",
        p -> new DeletePolicyVersionRequest(policyArn(p), p.orNull("VersionId")),
        policies::deletePolicyVersion);
    bindVoid(
        "AttachRolePolicy",
        p -> new AttachRolePolicyRequest(roleName(p), policyArn(p)),
        policies::attachRolePolicy);
    bindVoid(
        "DetachRolePolicy",
        p -> new DetachRolePolicyRequest(roleName(p), policyArn(p)),
        policies::detachRolePolicy);
    bind(
        "ListAttachedRolePolicies",
        p ->
            new ListAttachedRolePoliciesRequest(
                roleName(p), p.orNull("PathPrefix"), marker(p), maxItems(p)),
        policies::listAttachedRolePolicies,
        r ->
            IamXml.page(
                "AttachedPolicies",
                r.attachedPolicies(),
                a ->
                    new XmlBody()
                        .text("PolicyName", a.policyName())
                        .text("PolicyArn", a.policyArn()),
                r.isTruncated(),
                r.marker()));
  }

  private <T, R> void bind(
      String action,
      Function<QueryParams, T> request,
      BiFunction<Caller, T, R> operation,
      Function<R, XmlBody> result) {
    bindings.put(
        action,
        (caller, params) ->
            Optional.of(result.apply(operation.apply(caller, request.apply(params)))));
  }

  private <T> void bindVoid(
      String action, Function<QueryParams, T> request, BiConsumer<Caller, T> operation) {
    bindings.put(
        action,
        (caller, params) -> {
          operation.accept(caller, request.apply(params));
          return Optional.empty();
        });
  }

  /** {@code Tags.member.N.Key} and {@code .Value} as tags (either may be absent: null). */
  static List<Tag> tags(QueryParams params) {
    return params.structures("Tags").stream()
        .map(fields -> new Tag(fields.get("Key"), fields.get("Value")))
        .toList();
  }

  private static String roleName(QueryParams params) {
    return params.orNull("RoleName");
  }

  private static String policyName(QueryParams params) {
    return params.orNull("PolicyName");
  }

  private static String policyArn(QueryParams params) {
    return params.orNull("PolicyArn");
  }

  /** A boolean as IAM reads it: {@code true} in any case is true, anything else false. */
  private static Boolean bool(QueryParams params, String name) {
    return params.get(name).map(Boolean::parseBoolean).orElse(null);
  }

  private static String marker(QueryParams params) {
    return params.orNull("Marker");
  }

  private static Integer maxItems(QueryParams params) {
    return params.integer("MaxItems");
  }

  private static String providerArn(QueryParams params) {
    return params.orNull("OpenIDConnectProviderArn");
  }

  @Override
  public AwsService service() {
    return AwsService.IAM;
  }

  @Override
  public Set<String> actions() {
    return bindings.keySet();
  }

  /** IAM has no unsigned actions: the router always names the caller. */
  @Override
  public Optional<XmlBody> handle(String action, QueryParams params, Optional<Caller> caller) {
    return bindings.get(action).call(caller.orElseThrow(), params);
  }
}
