package dev.rehearsal.aws.auth;

import dev.rehearsal.core.evaluation.RequestOrigin;
import dev.rehearsal.core.evaluation.Requester;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who signed a request, as {@code GetCallerIdentity} names it: the account's root ({@code
 * arn:aws:iam::ACCOUNT:root}) or a role session ({@code arn:aws:sts::ACCOUNT:assumed-role/R/S},
 * user id {@code AROA…:S}) acting as {@code roleArn}, until {@code expiration} for a session; and
 * how its request arrived ({@code origin}: empty for a call the emulator makes on its own behalf,
 * as CloudFormation's resource handlers do).
 */
public record Caller(
    String arn,
    String userId,
    String accountId,
    Optional<String> roleArn,
    Optional<Instant> expiration,
    Optional<RequestOrigin> origin) {
  public Caller(
      String arn,
      String userId,
      String accountId,
      Optional<String> roleArn,
      Optional<Instant> expiration) {
    this(arn, userId, accountId, roleArn, expiration, Optional.empty());
  }

  public static Caller root(String accountId) {
    return new Caller(
        "arn:aws:iam::" + accountId + ":root",
        accountId,
        accountId,
        Optional.empty(),
        Optional.empty());
  }

  public static Caller session(Session session) {
    return new Caller(
        session.assumedRoleArn(),
        session.assumedRoleId(),
        session.accountId(),
        Optional.of(session.roleArn()),
        Optional.of(session.expiration()));
  }

  public boolean isRoot() {
    return roleArn.isEmpty();
  }

  /** This caller's request, arrived as {@code origin} says. */
  public Caller from(RequestOrigin how) {
    return new Caller(arn, userId, accountId, roleArn, expiration, Optional.of(how));
  }

  /**
   * The caller as core's global condition keys describe the principal; {@code roleTags} gives a
   * role's tags by ARN.
   */
  public Requester requester(Function<String, Map<String, String>> roleTags) {
    return roleArn
        .map(role -> Requester.roleSession(role, accountId, userId, roleTags.apply(role)))
        .orElseGet(() -> Requester.root(accountId));
  }
}
