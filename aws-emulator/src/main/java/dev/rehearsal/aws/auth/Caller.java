package dev.rehearsal.aws.auth;

import java.time.Instant;
import java.util.Optional;

/**
 * Who signed a request, as {@code GetCallerIdentity} names it: the account's root ({@code
 * arn:aws:iam::ACCOUNT:root}) or a role session ({@code arn:aws:sts::ACCOUNT:assumed-role/R/S},
 * user id {@code AROA…:S}) acting as {@code roleArn}, until {@code expiration} for a session.
 */
public record Caller(
    String arn,
    String userId,
    String accountId,
    Optional<String> roleArn,
    Optional<Instant> expiration) {
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
}
