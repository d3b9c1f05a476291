package dev.rehearsal.core.federation;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.Objects;

/**
 * What STS needs to know of a role to decide whether a caller may assume it: its ARN and unique id
 * ({@code AROA…}), its trust policy and its maximum session duration (IAM default 3600 s, at most
 * 43200 s).
 */
public record AssumableRole(
    String arn, String roleId, PolicyDocument trustPolicy, int maxSessionDurationSeconds) {
  public AssumableRole {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(trustPolicy, "trustPolicy");
  }

  /** The role's name: the last path segment of its ARN ({@code arn:aws:iam::A:role/path/NAME}). */
  public String name() {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }

  /** The account the role belongs to, the fifth field of its ARN. */
  public String accountId() {
    // indexOf rather than split: STS asks for it on every granted call.
    int start = 0;
    for (int field = 0; field < 4; field++) {
      start = arn.indexOf(':', start) + 1;
      if (start == 0) {
        return arn.split(":", 6)[4]; // fewer than five fields: fails as it always has
      }
    }
    int end = arn.indexOf(':', start);
    return arn.substring(start, end < 0 ? arn.length() : end);
  }
}
