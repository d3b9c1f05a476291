package dev.rehearsal.core.evaluation;

import java.util.Map;
import java.util.Objects;

/**
 * Who signed a request, as the global condition keys name the principal (IAM User Guide, "AWS
 * global condition context keys", "Properties of the principal"): {@code aws:PrincipalArn} (a role
 * session's role ARN: "the ARN of the role ... not the ARN of the role session"; the root's ARN for
 * the root), {@code aws:PrincipalAccount}, {@code aws:userid} ({@code ROLE_ID:SESSION} for a
 * session, the account ID for the root), {@code aws:PrincipalType} ({@code AssumedRole} or {@code
 * Account}) and {@code aws:PrincipalTag/KEY} for each tag of the principal (for a role session, its
 * role's tags and its session tags).
 */
public record Requester(
    String principalArn, String accountId, String userId, String type, Map<String, String> tags) {
  /** {@code aws:PrincipalType} of a role session. */
  public static final String ASSUMED_ROLE = "AssumedRole";

  /** {@code aws:PrincipalType} of the account's root user. */
  public static final String ACCOUNT = "Account";

  public Requester {
    Objects.requireNonNull(principalArn, "principalArn");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(type, "type");
    tags = Map.copyOf(tags);
  }

  /** The account's root user. */
  public static Requester root(String accountId) {
    return new Requester(
        "arn:aws:iam::" + accountId + ":root", accountId, accountId, ACCOUNT, Map.of());
  }

  /** A session of {@code roleArn}, {@code userId} {@code ROLE_ID:SESSION}, with the role's tags. */
  public static Requester roleSession(
      String roleArn, String accountId, String userId, Map<String, String> tags) {
    return new Requester(roleArn, accountId, userId, ASSUMED_ROLE, tags);
  }
}
