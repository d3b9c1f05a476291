package dev.rehearsal.aws.sts;

import dev.rehearsal.aws.config.EmulatorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The configured map from issuer URL to where the issuer really answers (e.g. {@code
 * https://token.actions.githubusercontent.com} → {@code https://127.0.0.1:8443}) and which CA to
 * trust there. An issuer that is not mapped is never looked up in DNS: it has no keys.
 */
public final class IssuerDirectory {
  private final List<IssuerLocation> locations;

  IssuerDirectory(List<IssuerLocation> locations) {
    this.locations = List.copyOf(locations);
  }

  public static IssuerDirectory from(EmulatorConfig config) {
    List<IssuerLocation> locations = new ArrayList<>();
    config
        .issuers()
        .forEach(
            (name, issuer) ->
                locations.add(
                    new IssuerLocation(
                        IssuerLocation.strip(issuer.url()),
                        URI.create(issuer.location()),
                        tls(name, issuer.caFile()))));
    return new IssuerDirectory(locations);
  }

  /** Where {@code issuer} answers, if it is mapped. */
  Optional<IssuerLocation> find(String issuer) {
    String wanted = IssuerLocation.strip(issuer);
    return locations.stream().filter(l -> l.issuer().equals(wanted)).findFirst();
  }

  static SSLContext tls(String name, Optional<String> caFile) {
    try {
      if (caFile.isEmpty()) {
        return SSLContext.getDefault();
      }
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      try (InputStream in = Files.newInputStream(Path.of(caFile.get()))) {
        int i = 0;
        for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          trust.setCertificateEntry(name + "-" + i++, ca);
        }
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CA file of issuer " + name, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust the CA file of issuer " + name, e);
    }
  }
}
