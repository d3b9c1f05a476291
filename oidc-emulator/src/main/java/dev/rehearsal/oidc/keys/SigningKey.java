package dev.rehearsal.oidc.keys;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One RS256 signing key with its certificate, as GitHub publishes its keys: {@code kid}, {@code
 * x5c} and {@code x5t} in the JWKS, {@code kid} and {@code x5t} in each token's header (facts.md).
 *
 * @param kid the RFC 7638 JWK thumbprint of the public key
 * @param x5t the base64url SHA-1 of the certificate (RFC 7517 §4.8)
 * @param supersededAt when a rotation replaced it; empty while it is the active key
 * @param graceUntil until when a superseded key stays in the JWKS
 * @param retiredAt when it was retired (removed from the JWKS for good)
 */
public record SigningKey(
    String kid,
    String x5t,
    PrivateKey privateKey,
    X509Certificate certificate,
    Instant createdAt,
    Optional<Instant> supersededAt,
    Optional<Instant> graceUntil,
    Optional<Instant> retiredAt) {
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  /** A new, active key. */
  public static SigningKey create(PrivateKey privateKey, X509Certificate certificate, Instant now) {
    return new SigningKey(
        thumbprint((RSAPublicKey) certificate.getPublicKey()),
        certificateThumbprint(certificate),
        privateKey,
        certificate,
        now,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public RSAPublicKey publicKey() {
    return (RSAPublicKey) certificate.getPublicKey();
  }

  /** Whether the JWKS lists it at {@code now}. */
  public boolean publishedAt(Instant now) {
    return retiredAt.isEmpty() && graceUntil.map(now::isBefore).orElse(true);
  }

  public SigningKey supersede(Instant now, Instant until) {
    return new SigningKey(
        kid,
        x5t,
        privateKey,
        certificate,
        createdAt,
        Optional.of(now),
        Optional.of(until),
        retiredAt);
  }

  public SigningKey retire(Instant now) {
    return new SigningKey(
        kid, x5t, privateKey, certificate, createdAt, supersededAt, graceUntil, Optional.of(now));
  }

  /** The key's JWKS entry, in the member order of GitHub's JWKS. */
  public Map<String, Object> jwk() {
    Map<String, Object> jwk = new LinkedHashMap<>();
    jwk.put("kty", "RSA");
    jwk.put("alg", "RS256");
    jwk.put("use", "sig");
    jwk.put("kid", kid);
    jwk.put("n", unsigned(publicKey().getModulus()));
    jwk.put("e", unsigned(publicKey().getPublicExponent()));
    jwk.put("x5c", List.of(Base64.getEncoder().encodeToString(encoded(certificate))));
    jwk.put("x5t", x5t);
    return jwk;
  }

  /** RFC 7638 §3: SHA-256 over the required members in lexicographic order, no whitespace. */
  static String thumbprint(RSAPublicKey key) {
    String canonical =
        "{\"e\":\""
            + unsigned(key.getPublicExponent())
            + "\",\"kty\":\"RSA\",\"n\":\""
            + unsigned(key.getModulus())
            + "\"}";
    return BASE64URL.encodeToString(digest("SHA-256", canonical.getBytes(StandardCharsets.UTF_8)));
  }

  static String certificateThumbprint(X509Certificate certificate) {
    return BASE64URL.encodeToString(digest("SHA-1", encoded(certificate)));
  }

  /** RFC 7518 §6.3.1: big-endian, without the sign byte. */
  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return BASE64URL.encodeToString(bytes);
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A parsed certificate always encodes", e);
    }
  }

  private static byte[] digest(String algorithm, byte[] input) {
    try {
      return MessageDigest.getInstance(algorithm).digest(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is available in every JDK", e);
    }
  }
}
