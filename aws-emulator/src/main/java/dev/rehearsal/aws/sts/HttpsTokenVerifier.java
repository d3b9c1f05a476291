package dev.rehearsal.aws.sts;

import dev.rehearsal.aws.config.EmulatorConfig;
import dev.rehearsal.core.federation.DecodedJwt;
import dev.rehearsal.core.federation.IssuerTls;
import dev.rehearsal.core.federation.OidcProvider;
import dev.rehearsal.core.federation.SignatureVerdict;
import dev.rehearsal.core.federation.TokenVerification;
import dev.rehearsal.core.federation.TokenVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a web identity token's signature with the JDK against the keys its issuer publishes,
 * fetched over HTTPS by {@link JwksCache}; reports the issuer's TLS chain for core's thumbprint
 * rule. Core's {@code WebIdentityRules} has already refused algorithms IAM does not accept ({@code
 * none}, HMAC).
 */
public final class HttpsTokenVerifier implements TokenVerifier {
  /** JWS algorithm → JCA signature; ECDSA in JWS's R||S form (RFC 7518 section 3.4). */
  private static final Map<String, String> JCA =
      Map.of(
          "RS256", "SHA256withRSA",
          "RS384", "SHA384withRSA",
          "RS512", "SHA512withRSA",
          "ES256", "SHA256withECDSAinP1363Format",
          "ES384", "SHA384withECDSAinP1363Format",
          "ES512", "SHA512withECDSAinP1363Format");

  private static final IssuerTls NO_TLS = new IssuerTls(false, "");

  private final JwksCache cache;

  HttpsTokenVerifier(JwksCache cache) {
    this.cache = cache;
  }

  /** A verifier that finds issuers through {@code config}'s issuer map. */
  public static HttpsTokenVerifier create(EmulatorConfig config, Clock clock) {
    Set<String> trusted = new HashSet<>();
    config.trustedCaIssuers().forEach(i -> trusted.add(IssuerLocation.strip(i)));
    return new HttpsTokenVerifier(
        new JwksCache(
            IssuerDirectory.from(config),
            Set.copyOf(trusted),
            config.jwks().minRefreshInterval(),
            config.jwks().fetchTimeout(),
            clock));
  }

  @Override
  public TokenVerification verify(OidcProvider provider, DecodedJwt token) {
    String issuer = "https://" + provider.url();
    Optional<String> kid = token.keyId();
    Optional<IssuerKeys> keys = cache.keys(issuer, kid);
    if (keys.isEmpty()) {
      return new TokenVerification(SignatureVerdict.KEYS_UNAVAILABLE, NO_TLS);
    }
    String alg = token.algorithm().orElse("");
    List<VerificationKey> candidates =
        keys.get().keys().stream()
            .filter(k -> kid.isEmpty() || k.kid().map(kid.get()::equals).orElse(false))
            .toList();
    if (candidates.isEmpty()) {
      return new TokenVerification(SignatureVerdict.UNKNOWN_KEY, keys.get().tls());
    }
    for (VerificationKey key : candidates) {
      if (key.allows(alg) && verifies(key, alg, token)) {
        return new TokenVerification(SignatureVerdict.VALID, keys.get().tls());
      }
    }
    return new TokenVerification(SignatureVerdict.INVALID_SIGNATURE, keys.get().tls());
  }

  private static boolean verifies(VerificationKey key, String alg, DecodedJwt token) {
    String jca = JCA.get(alg);
    if (jca == null) {
      return false;
    }
    try {
      Signature signature = Signature.getInstance(jca);
      signature.initVerify(key.key());
      signature.update(token.signingInput().getBytes(StandardCharsets.US_ASCII));
      return signature.verify(token.signature());
    } catch (GeneralSecurityException e) {
      return false; // a malformed signature is an invalid one
    }
  }
}
