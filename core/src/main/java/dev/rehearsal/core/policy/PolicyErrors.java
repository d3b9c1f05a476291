package dev.rehearsal.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.error.RehearsalException;
import java.util.Locale;

/**
 * The texts IAM answers a refused policy with, and the one place that builds the exceptions.
 *
 * <p>Each message starts with IAM's own text, exactly as IAM sends it, so that a client matching on
 * it behaves as against AWS; where IAM's text does not say which element is wrong, a sentence that
 * names the element, the value and what was expected follows it. Sources are cited per constant.
 */
final class PolicyErrors {
  /** Any grammar error (boto/boto3#180, aws-cloudformation/cfn-lint#3751). */
  static final String SYNTAX = "Syntax errors in policy.";

  /** {@code Effect} not in IAM's exact case, among others (99designs/iamy#65). */
  static final String LEGACY = "The policy failed legacy parsing";

  /** Recorded by moto's IAM validator, which mirrors AWS's answers. */
  static final String DUPLICATE_SID = "Statement IDs (SID) in a single policy must be unique.";

  /** CloudTrail record of a refused CreatePolicy (splunk/attack_data, T1580 capture). */
  static final String SID_NOT_ALPHANUMERIC =
      "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular"
          + " expression [0-9A-Za-z]*";

  /** aws/aws-cdk#7615. */
  static final String NO_ACTIONS = "Policy statement must contain actions.";

  /** trussworks/terraform-aws-s3-anti-virus#28. */
  static final String NO_RESOURCES = "Policy statement must contain resources.";

  /** Recorded by moto's IAM validator. */
  static final String ACTION_WITHOUT_VENDOR =
      "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";

  /** garnaat/kappa#111. */
  static final String ACTION_TWO_COLONS = "Actions/Condition can contain only one colon.";

  /** hashicorp/terraform#13449: a principal in an identity policy. */
  static final String PRINCIPAL_IN_IDENTITY_POLICY =
      "Policy document should not specify a principal.";

  /** hashicorp/terraform-provider-aws#7756: a trust policy statement without a principal. */
  static final String TRUST_WITHOUT_PRINCIPAL =
      "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in"
          + " policy has a statement with no principals!";

  /** S3 bucket policy without a principal (humanmade/S3-Uploads#191). */
  static final String MISSING_PRINCIPAL = "Missing required field Principal";

  private PolicyErrors() {}

  static MalformedPolicyDocumentException syntax(String detail) {
    return malformed(SYNTAX, detail);
  }

  /** IAM's text, then a sentence naming the element, the value and what was expected. */
  static MalformedPolicyDocumentException malformed(String iamText, String detail) {
    String separator = iamText.endsWith(".") || iamText.endsWith("!") ? " " : ". ";
    return new MalformedPolicyDocumentException(iamText + separator + detail);
  }

  /** hashicorp/terraform-provider-aws#8905: {@code Invalid principal in policy: "AWS":"..."}. */
  static MalformedPolicyDocumentException invalidPrincipal(String type, String value, String why) {
    return malformed("Invalid principal in policy: \"" + type + "\":\"" + value + "\"", why);
  }

  /** Trust policies: {@code Has prohibited field Resource} (hashicorp/terraform#34231). */
  static MalformedPolicyDocumentException prohibitedField(String field, String detail) {
    return malformed("Has prohibited field " + field, detail);
  }

  /** moto's IAM validator: {@code Resource X must be in ARN format or "*".}. */
  static MalformedPolicyDocumentException notArn(String resource, String path) {
    return malformed(
        "Resource " + resource + " must be in ARN format or \"*\".",
        "It is in " + path + "; an ARN reads arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE.");
  }

  /** IAM answers an oversized policy with {@code LimitExceeded}, not a malformed document. */
  static RehearsalException quotaExceeded(SizeQuota quota, int size) {
    return new RehearsalException(
        AwsErrorCode.LIMIT_EXCEEDED,
        "Cannot exceed quota for "
            + quota.name()
            + ": "
            + quota.maxCharacters()
            + ". The policy has "
            + size
            + " characters without white space.");
  }

  /** A short description of a JSON value for messages: its type, and its text when short. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "the string " + quote(node.asText());
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    return "the "
        + node.getNodeType().name().toLowerCase(Locale.ROOT)
        + " "
        + abbreviate(node.toString());
  }

  static String quote(String text) {
    return "\"" + abbreviate(text) + "\"";
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
