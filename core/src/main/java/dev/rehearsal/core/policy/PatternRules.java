package dev.rehearsal.core.policy;

import static dev.rehearsal.core.policy.PolicyErrors.malformed;
import static dev.rehearsal.core.policy.PolicyErrors.quote;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms IAM accepts in {@code Action}/{@code NotAction} ({@code service:action} or {@code *})
 * and {@code Resource}/{@code NotResource} (an ARN or {@code *}), with the texts IAM answers (as
 * recorded by moto's IAM validator and seen in CloudTrail).
 */
final class PatternRules {
  // Service prefixes are letters, digits, '-' and '.' (moto, after AWS's "Vendor X is not valid").
  private static final Pattern VENDOR = Pattern.compile("[a-zA-Z0-9\\-.]+");

  // The partitions of the AWS Reference Guide, "Amazon Resource Names (ARNs)".
  private static final Set<String> PARTITIONS =
      Set.of(
          "*",
          "aws",
          "aws-cn",
          "aws-us-gov",
          "aws-iso",
          "aws-iso-b",
          "aws-iso-e",
          "aws-iso-f",
          "aws-eusc");

  private PatternRules() {}

  static void checkActions(Statement statement, String path) {
    String field = statement.action().negated() ? "NotAction" : "Action";
    for (String action : statement.action().patterns()) {
      checkAction(action, path + "." + field);
    }
  }

  static void checkResources(Statement statement, String path) {
    if (statement.resource().isEmpty()) {
      return;
    }
    PatternElement resource = statement.resource().get();
    String field = resource.negated() ? "NotResource" : "Resource";
    for (String pattern : resource.patterns()) {
      checkResource(pattern, path + "." + field);
    }
  }

  private static void checkAction(String action, String path) {
    if (action.equals("*")) {
      return;
    }
    String[] parts = action.split(":", -1);
    String found = path + " has " + quote(action) + "; write service:action, e.g. sts:AssumeRole.";
    if (parts.length == 1) {
      throw malformed(PolicyErrors.ACTION_WITHOUT_VENDOR, found);
    }
    if (parts.length > 2) {
      throw malformed(PolicyErrors.ACTION_TWO_COLONS, found);
    }
    if (!parts[0].equals("*") && !VENDOR.matcher(parts[0]).matches()) {
      throw malformed("Vendor " + parts[0] + " is not valid", found);
    }
  }

  private static void checkResource(String resource, String path) {
    if (resource.equals("*")) {
      return;
    }
    String[] parts = resource.split(":", 6);
    if (parts.length < 6 || !parts[0].equals("arn")) {
      throw PolicyErrors.notArn(resource, path);
    }
    if (!PARTITIONS.contains(parts[1])) {
      throw malformed(
          "Partition \"" + parts[1] + "\" is not valid for resource \"" + resource + "\".",
          path
              + " names partition "
              + quote(parts[1])
              + "; partitions are aws, aws-cn, aws-us-gov and the isolated ones.");
    }
  }
}
