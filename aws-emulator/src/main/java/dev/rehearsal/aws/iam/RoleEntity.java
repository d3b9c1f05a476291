package dev.rehearsal.aws.iam;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A role as IAM keeps it: the trust policy and inline policies as the caller sent them (IAM returns
 * them URL-encoded), and the ARNs of the managed policies attached to it.
 */
public record RoleEntity(
    String name,
    String path,
    String roleId,
    String arn,
    Instant createDate,
    String trustPolicy,
    String description,
    int maxSessionDuration,
    List<Tag> tags,
    Map<String, String> inlinePolicies,
    List<String> attachedPolicies) {
  public RoleEntity {
    tags = List.copyOf(tags);
    inlinePolicies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
    attachedPolicies = List.copyOf(attachedPolicies);
  }

  RoleEntity withTrustPolicy(String document) {
    return new RoleEntity(
        name,
        path,
        roleId,
        arn,
        createDate,
        document,
        description,
        maxSessionDuration,
        tags,
        inlinePolicies,
        attachedPolicies);
  }

  RoleEntity withSettings(String newDescription, int newMaxSessionDuration) {
    return new RoleEntity(
        name,
        path,
        roleId,
        arn,
        createDate,
        trustPolicy,
        newDescription,
        newMaxSessionDuration,
        tags,
        inlinePolicies,
        attachedPolicies);
  }

  RoleEntity withTags(List<Tag> newTags) {
    return new RoleEntity(
        name,
        path,
        roleId,
        arn,
        createDate,
        trustPolicy,
        description,
        maxSessionDuration,
        newTags,
        inlinePolicies,
        attachedPolicies);
  }

  RoleEntity withInlinePolicies(Map<String, String> policies) {
    return new RoleEntity(
        name,
        path,
        roleId,
        arn,
        createDate,
        trustPolicy,
        description,
        maxSessionDuration,
        tags,
        policies,
        attachedPolicies);
  }

  RoleEntity withAttachedPolicies(List<String> arns) {
    return new RoleEntity(
        name,
        path,
        roleId,
        arn,
        createDate,
        trustPolicy,
        description,
        maxSessionDuration,
        tags,
        inlinePolicies,
        arns);
  }
}
