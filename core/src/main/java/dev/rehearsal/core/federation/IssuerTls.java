package dev.rehearsal.core.federation;

import java.util.List;
import java.util.Locale;

/**
 * The TLS certificate chain seen when fetching the issuer's JWKS, as STS judges it: whether a root
 * CA that AWS trusts signed it, and the SHA-1 thumbprint of the chain's top intermediate CA
 * certificate (the value an IAM provider's {@code ThumbprintList} holds).
 */
public record IssuerTls(boolean trustedByRootCa, String topIntermediateThumbprint) {
  public IssuerTls {
    topIntermediateThumbprint = topIntermediateThumbprint.toLowerCase(Locale.ROOT);
  }

  /** Whether one of the provider's thumbprints (compared case-insensitively) is this chain's. */
  public boolean matchesAny(List<String> thumbprints) {
    for (String thumbprint : thumbprints) {
      if (thumbprint.equalsIgnoreCase(topIntermediateThumbprint)) {
        return true;
      }
    }
    return false;
  }
}
