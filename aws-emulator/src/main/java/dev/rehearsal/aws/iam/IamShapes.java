package dev.rehearsal.aws.iam;

import java.time.Instant;
import java.util.List;

/**
 * The request and result shapes of IAM's operations that this emulator serves, named as botocore's
 * {@code iam/2010-05-08} model names them (members in camelCase). A member the caller left out is
 * null. Policy documents are the text as given (the query protocol URL-encodes them on the way
 * out); {@code Tag} is {@link Tag}. Operations without output return nothing.
 */
public final class IamShapes {
  private IamShapes() {}

  // OpenID Connect providers

  public record CreateOpenIDConnectProviderRequest(
      String url, List<String> clientIDList, List<String> thumbprintList, List<Tag> tags) {}

  public record CreateOpenIDConnectProviderResponse(
      String openIDConnectProviderArn, List<Tag> tags) {}

  public record GetOpenIDConnectProviderRequest(String openIDConnectProviderArn) {}

  public record GetOpenIDConnectProviderResponse(
      String url,
      List<String> clientIDList,
      List<String> thumbprintList,
      Instant createDate,
      List<Tag> tags) {}

  public record ListOpenIDConnectProvidersRequest() {}

  public record OpenIDConnectProviderListEntry(String arn) {}

  public record ListOpenIDConnectProvidersResponse(
      List<OpenIDConnectProviderListEntry> openIDConnectProviderList) {}

  public record DeleteOpenIDConnectProviderRequest(String openIDConnectProviderArn) {}

  public record UpdateOpenIDConnectProviderThumbprintRequest(
      String openIDConnectProviderArn, List<String> thumbprintList) {}

  public record AddClientIDToOpenIDConnectProviderRequest(
      String openIDConnectProviderArn, String clientID) {}

  public record RemoveClientIDFromOpenIDConnectProviderRequest(
      String openIDConnectProviderArn, String clientID) {}

  public record TagOpenIDConnectProviderRequest(String openIDConnectProviderArn, List<Tag> tags) {}

  public record UntagOpenIDConnectProviderRequest(
      String openIDConnectProviderArn, List<String> tagKeys) {}

  public record ListOpenIDConnectProviderTagsRequest(
      String openIDConnectProviderArn, String marker, Integer maxItems) {}

  public record ListOpenIDConnectProviderTagsResponse(
      List<Tag> tags, boolean isTruncated, String marker) {}

  // Roles

  /**
   * A role. {@code ListRoles} leaves out {@code tags} and {@code roleLastUsed} (null); {@code
   * GetRole} and {@code CreateRole} give both.
   */
  public record Role(
      String path,
      String roleName,
      String roleId,
      String arn,
      Instant createDate,
      String assumeRolePolicyDocument,
      String description,
      Integer maxSessionDuration,
      List<Tag> tags,
      RoleLastUsed roleLastUsed) {}

  /** When and where a role was last used; this emulator does not track it (both null). */
  public record RoleLastUsed(Instant lastUsedDate, String region) {}

  public record CreateRoleRequest(
      String path,
      String roleName,
      String assumeRolePolicyDocument,
      String description,
      Integer maxSessionDuration,
      List<Tag> tags) {}

  public record CreateRoleResponse(Role role) {}

  public record GetRoleRequest(String roleName) {}

  public record GetRoleResponse(Role role) {}

  public record ListRolesRequest(String pathPrefix, String marker, Integer maxItems) {}

  public record ListRolesResponse(List<Role> roles, boolean isTruncated, String marker) {}

  public record DeleteRoleRequest(String roleName) {}

  public record UpdateAssumeRolePolicyRequest(String roleName, String policyDocument) {}

  public record UpdateRoleRequest(
      String roleName, String description, Integer maxSessionDuration) {}

  public record UpdateRoleResponse() {}

  public record TagRoleRequest(String roleName, List<Tag> tags) {}

  public record UntagRoleRequest(String roleName, List<String> tagKeys) {}

  public record ListRoleTagsRequest(String roleName, String marker, Integer maxItems) {}

  public record ListRoleTagsResponse(List<Tag> tags, boolean isTruncated, String marker) {}

  // A role's inline policies

  public record PutRolePolicyRequest(String roleName, String policyName, String policyDocument) {}

  public record GetRolePolicyRequest(String roleName, String policyName) {}

  public record GetRolePolicyResponse(String roleName, String policyName, String policyDocument) {}

  public record ListRolePoliciesRequest(String roleName, String marker, Integer maxItems) {}

  public record ListRolePoliciesResponse(
      List<String> policyNames, boolean isTruncated, String marker) {}

  public record DeleteRolePolicyRequest(String roleName, String policyName) {}

  // Customer managed policies, their versions, and their attachment to roles

  public record Policy(
      String policyName,
      String policyId,
      String arn,
      String path,
      String defaultVersionId,
      Integer attachmentCount,
      Integer permissionsBoundaryUsageCount,
      Boolean isAttachable,
      String description,
      Instant createDate,
      Instant updateDate,
      List<Tag> tags) {}

  /** A version; {@code document} only from {@code GetPolicyVersion} (null otherwise). */
  public record PolicyVersion(
      String document, String versionId, Boolean isDefaultVersion, Instant createDate) {}

  public record CreatePolicyRequest(
      String policyName, String path, String policyDocument, String description, List<Tag> tags) {}

  public record CreatePolicyResponse(Policy policy) {}

  public record GetPolicyRequest(String policyArn) {}

  public record GetPolicyResponse(Policy policy) {}

  public record ListPoliciesRequest(
      Boolean onlyAttached, String pathPrefix, String marker, Integer maxItems) {}

  public record ListPoliciesResponse(List<Policy> policies, boolean isTruncated, String marker) {}

  public record DeletePolicyRequest(String policyArn) {}

  public record CreatePolicyVersionRequest(
      String policyArn, String policyDocument, Boolean setAsDefault) {}

  public record CreatePolicyVersionResponse(PolicyVersion policyVersion) {}

  public record GetPolicyVersionRequest(String policyArn, String versionId) {}

  public record GetPolicyVersionResponse(PolicyVersion policyVersion) {}

  public record ListPolicyVersionsRequest(String policyArn, String marker, Integer maxItems) {}

  public record ListPolicyVersionsResponse(
      List<PolicyVersion> versions, boolean isTruncated, String marker) {}

  public record DeletePolicyVersionRequest(String policyArn, String versionId) {}

  public record AttachRolePolicyRequest(String roleName, String policyArn) {}

  public record DetachRolePolicyRequest(String roleName, String policyArn) {}

  public record ListAttachedRolePoliciesRequest(
      String roleName, String pathPrefix, String marker, Integer maxItems) {}

  public record AttachedPolicy(String policyName, String policyArn) {}

  public record ListAttachedRolePoliciesResponse(
      List<AttachedPolicy> attachedPolicies, boolean isTruncated, String marker) {}
}
