package dev.rehearsal.aws.auth;

import java.security.SecureRandom;

/** Generates key ids and secrets in AWS's formats. */
public final class AccessKeys {
  private static final String KEY_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessKeys() {}

  /**
   * An id of 20 characters with AWS's four-letter prefix: {@code ASIA} for temporary keys, {@code
   * AROA} for role ids, {@code ANPA} for managed policies (IAM User Guide, "Unique identifiers").
   */
  public static String id(String prefix) {
    return prefix + random(KEY_ID_ALPHABET, 20 - prefix.length());
  }

  /** A 40-character secret access key. */
  public static String secret() {
    return random(SECRET_ALPHABET, 40);
  }

  private static String random(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
