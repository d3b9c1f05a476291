package dev.rehearsal.aws.ecr;

import dev.rehearsal.aws.auth.Caller;
import dev.rehearsal.aws.auth.Sealer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The passwords {@code GetAuthorizationToken} hands out (user {@code AWS}). Like ECR's, a password
 * stands for the identity that asked for it ("An authorization token represents your IAM
 * authentication credentials", ECR API Reference, GetAuthorizationToken) and is valid for 12 hours;
 * a session's password ends with the session if that comes first. It is sealed under a key of the
 * data directory, so it needs no storage and a forged or altered one does not open.
 */
public final class RegistryPasswords {
  /** ECR API Reference, GetAuthorizationToken: "The authorization token is valid for 12 hours." */
  public static final Duration VALIDITY = Duration.ofHours(12);

  /** What a password carries. */
  record Grant(String arn, String userId, String accountId, String roleArn, Instant notAfter) {}

  /** A password and the {@code expiresAt} ECR reports for it. */
  public record Issued(String password, Instant expiresAt) {}

  private final Sealer sealer;

  public RegistryPasswords(byte[] key) {
    this.sealer = new Sealer(key);
  }

  public Issued issue(Caller caller, Instant now) {
    Instant expiresAt = now.plus(VALIDITY);
    Instant notAfter = caller.expiration().filter(end -> end.isBefore(expiresAt)).orElse(expiresAt);
    String password =
        sealer.seal(
            new Grant(
                caller.arn(),
                caller.userId(),
                caller.accountId(),
                caller.roleArn().orElse(null),
                notAfter));
    return new Issued(password, expiresAt);
  }

  /** The outcome of presenting a password. */
  public sealed interface Check {}

  public record Valid(Caller caller) implements Check {}

  public record Expired() implements Check {}

  public record Invalid() implements Check {}

  public Check check(String password, Instant now) {
    Optional<Grant> grant = sealer.open(password, Grant.class);
    if (grant.isEmpty()) {
      return new Invalid();
    }
    Grant g = grant.get();
    if (!now.isBefore(g.notAfter())) {
      return new Expired();
    }
    return new Valid(
        new Caller(
            g.arn(),
            g.userId(),
            g.accountId(),
            Optional.ofNullable(g.roleArn()),
            Optional.of(g.notAfter())));
  }
}
