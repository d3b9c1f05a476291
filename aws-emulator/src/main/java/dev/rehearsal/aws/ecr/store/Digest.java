package dev.rehearsal.aws.ecr.store;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A content digest in the OCI form {@code algorithm:encoded}: {@code sha256} with 64 lowercase hex
 * digits (the one every client uses) or {@code sha512} with 128 (registered by the OCI image spec).
 * Anything else, including upper-case hex, is refused, as the spec's registered algorithms demand.
 */
public record Digest(String algorithm, String hex) {
  public static final String SHA256 = "sha256";
  public static final String SHA512 = "sha512";

  private static final HexFormat HEX = HexFormat.of();

  public Digest {
    int expected = hexLength(algorithm);
    if (expected < 0 || hex == null || hex.length() != expected || !isLowerHex(hex)) {
      throw invalid(algorithm + ":" + hex);
    }
  }

  /** Parses {@code sha256:<64 lowercase hex>} or {@code sha512:<128 lowercase hex>}. */
  public static Digest parse(String text) {
    if (text == null) {
      throw new RegistryException(
          RegistryErrorCode.DIGEST_INVALID,
          AwsErrorCode.ECR_INVALID_PARAMETER,
          "a digest is required: sha256:<64 lowercase hex digits>");
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw invalid(text);
    }
    String algorithm = text.substring(0, colon);
    String hex = text.substring(colon + 1);
    int expected = hexLength(algorithm);
    if (expected < 0 || hex.length() != expected || !isLowerHex(hex)) {
      throw invalid(text);
    }
    return new Digest(algorithm, hex);
  }

  public static Digest sha256Of(byte[] bytes) {
    return of(SHA256, sha256().digest(bytes));
  }

  /** The digest of {@code bytes} with {@code algorithm} ({@code sha256} or {@code sha512}). */
  public static Digest of(String algorithm, byte[] bytes) {
    return new Digest(algorithm, HEX.formatHex(bytes));
  }

  public static MessageDigest sha256() {
    return newMessageDigest(SHA256);
  }

  /** A fresh {@link MessageDigest} for {@code sha256} or {@code sha512}. */
  public static MessageDigest newMessageDigest(String algorithm) {
    String jdkName =
        switch (algorithm) {
          case SHA256 -> "SHA-256";
          case SHA512 -> "SHA-512";
          default -> throw invalid(algorithm + ":");
        };
    Optional<Provider> fast = NativeDigests.provider();
    try {
      return fast.isPresent()
          ? MessageDigest.getInstance(jdkName, fast.get())
          : MessageDigest.getInstance(jdkName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(jdkName + " is missing from this JDK", e);
    }
  }

  /** A fresh {@link MessageDigest} of this digest's algorithm. */
  public MessageDigest newMessageDigest() {
    return newMessageDigest(algorithm);
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }

  private static int hexLength(String algorithm) {
    if (SHA256.equals(algorithm)) {
      return 64;
    }
    if (SHA512.equals(algorithm)) {
      return 128;
    }
    return -1;
  }

  private static boolean isLowerHex(String hex) {
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static RegistryException invalid(String text) {
    String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
    return new RegistryException(
        RegistryErrorCode.DIGEST_INVALID,
        AwsErrorCode.ECR_INVALID_PARAMETER,
        "invalid digest \""
            + shown
            + "\": expected sha256:<64 lowercase hex digits> or sha512:<128 lowercase hex digits>");
  }
}
