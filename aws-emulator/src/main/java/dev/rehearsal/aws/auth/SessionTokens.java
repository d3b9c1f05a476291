package dev.rehearsal.aws.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a {@link Session} into its session token (AES-256-GCM under a key kept in the data
 * directory) and opens it again. Like AWS's, the token is opaque and carries the session itself, so
 * sessions survive a restart without a write per {@code AssumeRole*} call, and a token that was not
 * issued here (or was altered) does not open.
 */
public final class SessionTokens {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  /** Made at the first session (this holder's initialisation), not during start-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule()).build();
  }

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public SessionTokens(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  public String seal(Session session) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(Json.MAPPER.writeValueAsBytes(session));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot seal a session token", e);
    }
  }

  /** The session, or empty when the token was not sealed with this key or is not a token. */
  public Optional<Session> open(String token) {
    try {
      byte[] bytes = Base64.getDecoder().decode(token);
      if (bytes.length <= IV_BYTES) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
      return Optional.of(Json.MAPPER.readValue(plain, Session.class));
    } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
      return Optional.empty();
    }
  }
}
