package dev.rehearsal.aws.auth;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.time.Instant;
import java.util.Optional;

/**
 * The secrets a signature is checked against: the account's root key, and sessions STS issued
 * (opened from their session token). Answers as IAM and STS do for a key they do not know ({@code
 * InvalidClientTokenId}) or a session that has ended ({@code ExpiredToken}).
 */
public final class Credentials {
  static final String INVALID_TOKEN = "The security token included in the request is invalid.";
  static final String EXPIRED_TOKEN = "The security token included in the request is expired";

  private final String accountId;
  private final String rootAccessKey;
  private final String rootSecretKey;
  private final SessionTokens sessions;

  public Credentials(
      String accountId, String rootAccessKey, String rootSecretKey, SessionTokens sessions) {
    this.accountId = accountId;
    this.rootAccessKey = rootAccessKey;
    this.rootSecretKey = rootSecretKey;
    this.sessions = sessions;
  }

  /** The secret and identity of {@code accessKeyId}. */
  Resolved resolve(String accessKeyId, Optional<String> sessionToken, Instant now) {
    if (accessKeyId.equals(rootAccessKey)) {
      // A session token travels only with the session's own key: the root's key with any token
      // (forged, or another session's) is refused, as IAM refuses a token it did not issue for it.
      if (sessionToken.isPresent()) {
        throw new RehearsalException(AwsErrorCode.INVALID_CLIENT_TOKEN_ID, INVALID_TOKEN);
      }
      return new Resolved(rootSecretKey, Caller.root(accountId), Optional.empty());
    }
    Session session =
        sessionToken
            .flatMap(sessions::open)
            .filter(s -> s.accessKeyId().equals(accessKeyId))
            .orElseThrow(
                () -> new RehearsalException(AwsErrorCode.INVALID_CLIENT_TOKEN_ID, INVALID_TOKEN));
    if (!now.isBefore(session.expiration())) {
      throw new RehearsalException(AwsErrorCode.EXPIRED_TOKEN, EXPIRED_TOKEN);
    }
    return new Resolved(session.secretAccessKey(), Caller.session(session), sessionToken);
  }

  record Resolved(String secretKey, Caller caller, Optional<String> sessionToken) {}
}
