package dev.rehearsal.core.error;

/**
 * A policy document IAM would refuse: IAM answers {@code MalformedPolicyDocument} with a message
 * that names the element and the problem (e.g. {@code Syntax errors in policy.}, {@code Invalid
 * principal in policy: ...}).
 */
public final class MalformedPolicyDocumentException extends RehearsalException {
  public MalformedPolicyDocumentException(String message) {
    super(AwsErrorCode.MALFORMED_POLICY_DOCUMENT, message);
  }
}
