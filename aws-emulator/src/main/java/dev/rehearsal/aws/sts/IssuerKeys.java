package dev.rehearsal.aws.sts;

import dev.rehearsal.core.federation.IssuerTls;
import java.time.Instant;
import java.util.List;

/** An issuer's keys as last fetched, with the TLS chain its JWKS host presented. */
record IssuerKeys(List<VerificationKey> keys, IssuerTls tls, Instant fetchedAt) {
  IssuerKeys {
    keys = List.copyOf(keys);
  }

  boolean has(String kid) {
    return keys.stream().anyMatch(k -> k.kid().map(kid::equals).orElse(false));
  }
}
