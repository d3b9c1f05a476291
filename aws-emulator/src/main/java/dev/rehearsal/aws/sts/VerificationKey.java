package dev.rehearsal.aws.sts;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * A public key from an issuer's JWKS (RFC 7517): RSA ({@code n}, {@code e}) or EC ({@code crv},
 * {@code x}, {@code y}), with the {@code alg} it is restricted to, if any.
 */
record VerificationKey(Optional<String> kid, String kty, Optional<String> alg, PublicKey key) {
  private static final Map<String, String> CURVES =
      Map.of("P-256", "secp256r1", "P-384", "secp384r1", "P-521", "secp521r1");

  /** The key of one JWK, or empty for a key this emulator cannot use (other kty, use "enc"). */
  static Optional<VerificationKey> of(JsonNode jwk) {
    String kty = jwk.path("kty").asText("");
    if (jwk.hasNonNull("use") && !jwk.get("use").asText().equals("sig")) {
      return Optional.empty();
    }
    try {
      PublicKey key =
          switch (kty) {
            case "RSA" -> rsa(jwk);
            case "EC" -> ec(jwk);
            default -> null;
          };
      if (key == null) {
        return Optional.empty();
      }
      return Optional.of(new VerificationKey(text(jwk, "kid"), kty, text(jwk, "alg"), key));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether this key may verify a signature made with {@code algorithm}. */
  boolean allows(String algorithm) {
    if (alg.isPresent() && !alg.get().equals(algorithm)) {
      return false;
    }
    return algorithm.startsWith("RS") ? kty.equals("RSA") : kty.equals("EC");
  }

  private static PublicKey rsa(JsonNode jwk) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA")
        .generatePublic(new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e")));
  }

  private static PublicKey ec(JsonNode jwk) throws GeneralSecurityException {
    String curve = CURVES.get(jwk.path("crv").asText(""));
    if (curve == null) {
      return null;
    }
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec(curve));
    ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
    ECPoint point = new ECPoint(number(jwk, "x"), number(jwk, "y"));
    return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
  }

  private static BigInteger number(JsonNode jwk, String field) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(field).asText("")));
  }

  private static Optional<String> text(JsonNode jwk, String field) {
    return jwk.hasNonNull(field) ? Optional.of(jwk.get(field).asText()) : Optional.empty();
  }
}
