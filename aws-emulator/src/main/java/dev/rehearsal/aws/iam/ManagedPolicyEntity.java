package dev.rehearsal.aws.iam;

import java.time.Instant;
import java.util.List;

/** A customer managed policy with its versions (at most five, one of them the default). */
public record ManagedPolicyEntity(
    String name,
    String path,
    String policyId,
    String arn,
    String description,
    Instant createDate,
    Instant updateDate,
    String defaultVersionId,
    int nextVersion,
    List<PolicyVersion> versions,
    List<Tag> tags) {
  public ManagedPolicyEntity {
    versions = List.copyOf(versions);
    tags = List.copyOf(tags);
  }

  /** One version of a managed policy's document. */
  public record PolicyVersion(String versionId, String document, Instant createDate) {}

  PolicyVersion defaultVersion() {
    return versions.stream()
        .filter(v -> v.versionId().equals(defaultVersionId))
        .findFirst()
        .orElseThrow();
  }

  ManagedPolicyEntity withVersions(
      List<PolicyVersion> newVersions, String newDefault, int newNext, Instant updated) {
    return new ManagedPolicyEntity(
        name,
        path,
        policyId,
        arn,
        description,
        createDate,
        updated,
        newDefault,
        newNext,
        newVersions,
        tags);
  }
}
