package dev.rehearsal.core.ecr;

import dev.rehearsal.core.evaluation.ContextKeys;
import dev.rehearsal.core.evaluation.RequestContexts;
import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.evaluation.RequestPrincipal;
import dev.rehearsal.core.evaluation.Requester;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who calls ECR, as STS names it: the account's root ({@code arn:aws:iam::ACCOUNT:root}) or a role
 * session ({@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}, whose role is {@code
 * arn:aws:iam::ACCOUNT:role/PATH/ROLE}). Made once per caller: the request context and the
 * principals policies are matched against are built here, not per check.
 *
 * <p>Context keys: those {@link RequestContexts} makes of the caller as a {@link Requester} and of
 * the request's {@link RequestOrigin}, kept for the last origin asked for ({@code rehearse check}
 * asks with one origin for all its scenarios).
 */
public final class EcrCaller {
  private final String arn;
  private final Optional<String> roleArn;
  private final String accountId;
  private final String userId;
  private final boolean root;
  private final Requester requester;
  private volatile OriginContext last;
  private final Optional<RequestPrincipal> callerPrincipal;
  private final Optional<RequestPrincipal> rolePrincipal;

  /** The context made for one origin. */
  private record OriginContext(RequestOrigin origin, ContextKeys context) {}

  private EcrCaller(
      String arn,
      Optional<String> roleArn,
      String accountId,
      String userId,
      boolean root,
      Map<String, String> tags) {
    this.arn = Objects.requireNonNull(arn, "arn");
    this.roleArn = Objects.requireNonNull(roleArn, "roleArn");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.userId = Objects.requireNonNull(userId, "userId");
    this.root = root;
    this.requester =
        root
            ? Requester.root(accountId)
            : Requester.roleSession(roleArn.orElseThrow(), accountId, userId, tags);
    this.callerPrincipal = Optional.of(RequestPrincipal.aws(arn));
    this.rolePrincipal = roleArn.map(RequestPrincipal::aws);
  }

  /** The account's root user, {@code arn:aws:iam::ACCOUNT:root}. */
  public static EcrCaller root(String accountId) {
    return new EcrCaller(
        "arn:aws:iam::" + accountId + ":root",
        Optional.empty(),
        accountId,
        accountId,
        true,
        Map.of());
  }

  /**
   * A role session: {@code sessionArn} is {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION},
   * {@code userId} {@code ROLE_ID:SESSION} (STS's {@code AssumedRoleUser}).
   */
  public static EcrCaller roleSession(
      String sessionArn, String roleArn, String accountId, String userId) {
    return roleSession(sessionArn, roleArn, accountId, userId, Map.of());
  }

  /** As {@link #roleSession(String, String, String, String)}, for a role with tags. */
  public static EcrCaller roleSession(
      String sessionArn,
      String roleArn,
      String accountId,
      String userId,
      Map<String, String> roleTags) {
    return new EcrCaller(
        sessionArn,
        Optional.of(Objects.requireNonNull(roleArn, "roleArn")),
        accountId,
        userId,
        false,
        roleTags);
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

  /** The caller as the principal keys describe it. */
  public Requester requester() {
    return requester;
  }

  /** The request context of this caller's request arriving as {@code origin} says. */
  public ContextKeys context(RequestOrigin origin) {
    OriginContext known = last;
    if (known == null || !known.origin().equals(origin)) {
      known = new OriginContext(origin, RequestContexts.of(requester, origin));
      last = known;
    }
    return known.context();
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
