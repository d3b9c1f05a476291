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
 * Seals a value into an opaque text (its JSON under AES-256-GCM with a key kept in the data
 * directory) and opens it again: what the emulator hands out as a credential (a session token, an
 * ECR password) carries its own content, so it survives a restart without a write per issue, and a
 * text that was not sealed here, or was altered, does not open.
 */
public final class Sealer {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  /** Made at the first seal (this holder's initialisation), not during start-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule()).build();
  }

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public Sealer(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  public String seal(Object value) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(Json.MAPPER.writeValueAsBytes(value));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot seal a " + value.getClass().getSimpleName(), e);
    }
  }

  /** The value, or empty when the text was not sealed with this key or is not a sealed value. */
  public <T> Optional<T> open(String text, Class<T> type) {
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      // Shorter than an IV and a tag: not sealed here (the JDK's GCM throws a ProviderException
      // rather than a tag mismatch for such input, so it is refused before decryption).
      if (bytes.length < IV_BYTES + TAG_BITS / 8) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
      return Optional.of(Json.MAPPER.readValue(plain, type));
    } catch (IllegalArgumentException
        | GeneralSecurityException
        | java.security.ProviderException
        | IOException e) {
      return Optional.empty();
    }
  }
}
