package dev.rehearsal.core.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS client trust in exactly the given certificates — the oidc-emulator's own CA, for the CLI and
 * for the aws-emulator fetching an issuer's keys — never the JDK's roots as well, and never with
 * checks switched off: a client of the emulator verifies its certificate as it would GitHub's.
 */
public final class TrustAnchors {
  private TrustAnchors() {}

  /** A client context trusting only the certificates of a PEM file. */
  public static SSLContext context(Path pemFile) throws IOException, GeneralSecurityException {
    return context(readPem(pemFile));
  }

  /** A client context trusting only {@code anchors}. */
  public static SSLContext context(Collection<? extends Certificate> anchors)
      throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException("an empty in-memory key store always loads", e);
    }
    int n = 0;
    for (Certificate anchor : anchors) {
      store.setCertificateEntry("anchor-" + n++, anchor);
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  /** The certificates of a PEM file; a file without any is refused rather than trusting none. */
  public static List<Certificate> readPem(Path file) throws IOException, CertificateException {
    try (InputStream in = Files.newInputStream(file)) {
      List<Certificate> certificates;
      try {
        certificates =
            new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
      } catch (CertificateException e) {
        throw new CertificateException(file + " holds no readable PEM certificate", e);
      }
      if (certificates.isEmpty()) {
        throw new CertificateException(file + " holds no PEM certificate");
      }
      return certificates;
    }
  }
}
