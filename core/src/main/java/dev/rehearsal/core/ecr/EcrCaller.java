package dev.rehearsal.core.ecr;

import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import java.util.Objects;
import java.util.Optional;

/**
 * Who calls ECR, as STS names it: the account's root ({@code arn:aws:iam::ACCOUNT:root}) or a role
 * session ({@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}, whose role is {@code
 * arn:aws:iam::ACCOUNT:role/PATH/ROLE}). Made once per caller: the request context and the
 * principals policies are matched against are built here, not per check.
 *
 * <p>Context keys (IAM User Guide, "AWS global condition context keys"): {@code aws:PrincipalArn}
 * is the role's ARN for a role session ("the ARN of the role ... not the ARN of the role session")
 * and the root's ARN for the root; {@code aws:PrincipalAccount} the account; {@code aws:userid}
 * {@code ROLE_ID:SESSION} for a session and the account ID for the root.
 */
public final class EcrCaller {
  private final String arn;
  private final Optional<String> roleArn;
  private final String accountId;
  private final String userId;
  private final boolean root;
  private final ContextKeys context;
  private final Optional<RequestPrincipal> callerPrincipal;
  private final Optional<RequestPrincipal> rolePrincipal;

  private EcrCaller(
      String arn, Optional<String> roleArn, String accountId, String userId, boolean root) {
    this.arn = Objects.requireNonNull(arn, "arn");
    this.roleArn = Objects.requireNonNull(roleArn, "roleArn");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.userId = Objects.requireNonNull(userId, "userId");
    this.root = root;
    this.context =
        ContextKeys.builder(3)
            .put("aws:PrincipalArn", roleArn.orElse(arn))
            .put("aws:PrincipalAccount", accountId)
            .put("aws:userid", userId)
            .build();
    this.callerPrincipal = Optional.of(RequestPrincipal.aws(arn));
    this.rolePrincipal = roleArn.map(RequestPrincipal::aws);
  }

  /** The account's root user, {@code arn:aws:iam::ACCOUNT:root}. */
  public static EcrCaller root(String accountId) {
    return new EcrCaller(
        "arn:aws:iam::" + accountId + ":root", Optional.empty(), accountId, accountId, true);
  }

  /**
   * A role session: {@code sessionArn} is {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION},
   * {@code userId} {@code ROLE_ID:SESSION} (STS's {@code AssumedRoleUser}).
   */
  public static EcrCaller roleSession(
      String sessionArn, String roleArn, String accountId, String userId) {
    return new EcrCaller(
        sessionArn,
        Optional.of(Objects.requireNonNull(roleArn, "roleArn")),
        accountId,
        userId,
        false);
  }

  /** The ARN ECR names the caller by in a refusal. */
  public String arn() {
    return arn;
  }

  /** The role's ARN, for a role session. */
  public Optional<String> roleArn() {
    return roleArn;
  }

  public String accountId() {
    return accountId;
  }

  public String userId() {
    return userId;
  }

  public boolean isRoot() {
    return root;
  }

  /** {@code aws:PrincipalArn}, {@code aws:PrincipalAccount} and {@code aws:userid}. */
  public ContextKeys context() {
    return context;
  }

  /** The caller's own ARN as a principal: what a resource policy's Principal is matched against. */
  Optional<RequestPrincipal> callerPrincipal() {
    return callerPrincipal;
  }

  /** The role's ARN as a principal, for a role session. */
  Optional<RequestPrincipal> rolePrincipal() {
    return rolePrincipal;
  }

  @Override
  public String toString() {
    return arn;
  }
}
