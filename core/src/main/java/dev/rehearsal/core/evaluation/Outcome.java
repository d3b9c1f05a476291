package dev.rehearsal.core.evaluation;

/**
 * The three results of IAM policy evaluation (IAM User Guide, "Policy evaluation logic"): an
 * explicit {@code Deny} overrides any {@code Allow}; without an applicable {@code Allow} the
 * request is denied by default.
 */
public enum Outcome {
  ALLOW,
  EXPLICIT_DENY,
  IMPLICIT_DENY
}
