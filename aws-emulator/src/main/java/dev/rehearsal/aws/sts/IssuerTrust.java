package dev.rehearsal.aws.sts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context for one issuer: trusting only its configured CA file, else the JDK's roots. Built
 * when the issuer's keys are first fetched, not at start-up: the JDK's TLS stack costs ~100 ms of
 * CPU that start-up does not need, and under {@code rehearse up} the oidc-emulator writes its CA
 * only on its own first start, while this emulator starts beside it. A file that cannot be read yet
 * is read again at the next fetch.
 */
final class IssuerTrust implements Supplier<SSLContext> {
  private final String name;
  private final Optional<String> caFile;
  private volatile SSLContext context;

  IssuerTrust(String name, Optional<String> caFile) {
    this.name = name;
    this.caFile = caFile;
  }

  /**
   * The context; throws {@link UncheckedIOException} or {@link IllegalStateException} naming the
   * issuer and its CA file when that file cannot be read or trusted.
   */
  @Override
  public SSLContext get() {
    SSLContext built = context;
    if (built == null) {
      built = build(name, caFile);
      context = built;
    }
    return built;
  }

  static SSLContext build(String name, Optional<String> caFile) {
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
        if (i == 0) {
          throw new CertificateException("it holds no PEM certificate");
        }
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the CA file " + caFile.orElse("") + " of issuer " + name, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot trust the CA file " + caFile.orElse("") + " of issuer " + name, e);
    }
  }
}
