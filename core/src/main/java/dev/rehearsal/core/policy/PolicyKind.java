package dev.rehearsal.core.policy;

/**
 * Where a policy document is used, which decides the elements IAM requires or refuses beyond the
 * grammar every policy shares (IAM User Guide, "Identity-based policies and resource-based
 * policies" and "IAM JSON policy element reference").
 */
public enum PolicyKind {
  /** Only the grammar shared by every kind: no element is required or refused for its kind. */
  ANY,
  /**
   * A role's trust policy ({@code AssumeRolePolicyDocument}): a resource-based policy on the role
   * itself, so every statement names a {@code Principal} and none names a {@code Resource}.
   */
  TRUST,
  /**
   * A policy attached to a user, group or role: the principal is the identity it is attached to, so
   * {@code Principal} is refused and every statement needs a {@code Resource}.
   */
  IDENTITY,
  /**
   * A policy on a resource (an S3 bucket, an ECR repository): every statement names a {@code
   * Principal}; {@code Resource} is optional because some services (ECR) imply it.
   */
  RESOURCE;

  /**
   * Whether IAM limits {@code Sid} to {@code [0-9A-Za-z]*}: IAM's own policies do; other services'
   * resource policies (S3, KMS) accept spaces (IAM User Guide, "IAM JSON policy elements: Sid").
   */
  boolean requiresAlphanumericSid() {
    return this == TRUST || this == IDENTITY;
  }
}
