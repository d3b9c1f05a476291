package dev.rehearsal.core.evaluation;

import java.util.regex.Pattern;

/** Account IDs in {@code AWS} principals: a bare twelve-digit ID, or the account of an ARN. */
public final class AccountIds {
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern ROOT_ARN = Pattern.compile("arn:[^:]+:iam::(\\d{12}):root");

  private AccountIds() {}

  /**
   * The account a policy value delegates to ("The account ARN and the shortened account ID behave
   * the same way", IAM User Guide, "AWS account principals"), or null for a specific principal.
   */
  public static String delegatedAccount(String policyValue) {
    if (ACCOUNT_ID.matcher(policyValue).matches()) {
      return policyValue;
    }
    var root = ROOT_ARN.matcher(policyValue);
    return root.matches() ? root.group(1) : null;
  }

  /** The account of a request principal: the ID itself, or the fifth component of its ARN. */
  static String accountOf(String principal) {
    if (ACCOUNT_ID.matcher(principal).matches()) {
      return principal;
    }
    String[] components = principal.split(":", 6);
    return components.length == 6 && components[0].equals("arn") ? components[4] : null;
  }
}
