package dev.rehearsal.aws.sts;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * Where an issuer really answers: its URL as tokens name it ({@code issuer}), the address that
 * stands in for it ({@code location}), and the TLS context that trusts the CA configured for it
 * (made on first use, see {@link IssuerTrust}).
 */
record IssuerLocation(String issuer, URI location, Supplier<SSLContext> tls) {
  /** {@code url} with the issuer's prefix replaced by the location, or empty if not under it. */
  Optional<URI> rewrite(String url) {
    String prefix = strip(issuer);
    if (!url.equals(prefix) && !url.startsWith(prefix + "/")) {
      return Optional.empty();
    }
    return Optional.of(URI.create(strip(location.toString()) + url.substring(prefix.length())));
  }

  static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
