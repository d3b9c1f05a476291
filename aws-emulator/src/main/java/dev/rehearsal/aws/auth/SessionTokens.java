package dev.rehearsal.aws.auth;

import java.util.Optional;

/**
 * Seals a {@link Session} into its session token and opens it again. Like AWS's, the token is
 * opaque and carries the session itself, so sessions survive a restart without a write per {@code
 * AssumeRole*} call, and a token that was not issued here (or was altered) does not open.
 */
public final class SessionTokens {
  private final Sealer sealer;

  public SessionTokens(byte[] key) {
    this.sealer = new Sealer(key);
  }

  public String seal(Session session) {
    return sealer.seal(session);
  }

  /** The session, or empty when the token was not sealed with this key or is not a token. */
  public Optional<Session> open(String token) {
    return sealer.open(token, Session.class);
  }
}
