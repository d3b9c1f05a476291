package dev.rehearsal.core.policy;

import java.util.Objects;

/**
 * An IAM quota on the size of a policy document, named as IAM names it in its {@code LimitExceeded}
 * answer (e.g. {@code Cannot exceed quota for ACLSizePerRole: 2048}). IAM does not count white
 * space against these quotas (IAM User Guide, "IAM and AWS STS quotas").
 */
public record SizeQuota(String name, int maxCharacters) {
  public SizeQuota {
    Objects.requireNonNull(name, "name");
    if (maxCharacters <= 0) {
      throw new IllegalArgumentException("maxCharacters must be positive, got " + maxCharacters);
    }
  }

  /** A role's trust policy: 2,048 characters by default (quota {@code ACLSizePerRole}). */
  public static SizeQuota aclSizePerRole() {
    return new SizeQuota("ACLSizePerRole", 2048);
  }

  /** A customer managed policy: 6,144 characters (quota {@code PolicySize}). */
  public static SizeQuota policySize() {
    return new SizeQuota("PolicySize", 6144);
  }

  /** The characters IAM counts: all but white space. */
  static int measure(String json) {
    return (int) json.codePoints().filter(c -> !Character.isWhitespace(c)).count();
  }
}
