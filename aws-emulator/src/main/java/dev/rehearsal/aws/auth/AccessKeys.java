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
   * An access key id: 20 characters with AWS's four-letter prefix, {@code ASIA} for temporary keys
   * (botocore {@code accessKeyIdType}: 16–128; AWS's are 20, e.g. {@code ASIAIOSFODNN7EXAMPLE}).
   */
  public static String id(String prefix) {
    return prefix + random(KEY_ID_ALPHABET, 20 - prefix.length());
  }

  /**
   * A unique id of an IAM entity: 21 characters with its prefix, {@code AROA} for roles, {@code
   * ANPA} for managed policies (IAM User Guide, "IAM identifiers", "Unique identifiers": e.g.
   * {@code AROADBQP57FF2AEXAMPLE}).
   */
  public static String uniqueId(String prefix) {
    return prefix + random(KEY_ID_ALPHABET, 21 - prefix.length());
  }

  /** A 40-character secret access key. */
  public static String secret() {
    return random(SECRET_ALPHABET, 40);
  }

  /**
   * One draw from the shared {@link SecureRandom} per key (its lock is contended under load); both
   * alphabets have a power-of-two size, so masking each byte keeps every character equally likely.
   */
  private static String random(String alphabet, int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    int mask = alphabet.length() - 1;
    StringBuilder out = new StringBuilder(length);
    for (byte b : bytes) {
      out.append(alphabet.charAt(b & mask));
    }
    return out.toString();
  }
}
