package dev.rehearsal.oidc.tls;

import dev.rehearsal.oidc.state.DataDirectory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * The emulator's own certificate authority and the TLS certificate it serves with, created in the
 * data directory on first start and reused afterwards. The server presents the leaf followed by the
 * CA, so the last certificate of the chain ({@code openssl s_client -showcerts}) is the CA: the
 * "top intermediate" whose SHA-1 thumbprint an IAM OIDC provider holds (facts.md). This must run
 * before the HTTP server reads the PEM files. Both keys are ECDSA P-256 ({@link
 * Certificates#ecKeyPair}); a data directory made with RSA ones keeps them.
 */
public final class TlsMaterial {
  static final Duration CA_VALIDITY = Duration.ofDays(3650);
  static final Duration LEAF_VALIDITY = Duration.ofDays(825);

  private TlsMaterial() {}

  /**
   * Makes sure the CA and the TLS chain exist; returns the CA certificate. On an existing data
   * directory it only reads certificates (the CA key is read only when a leaf must be issued).
   */
  public static X509Certificate prepare(DataDirectory dir) {
    dir.create();
    if (dir.exists(DataDirectory.CA_CERTIFICATE) && dir.exists(DataDirectory.CA_KEY)) {
      X509Certificate ca =
          Certificates.readCertificates(dir.read(DataDirectory.CA_CERTIFICATE).orElseThrow())
              .get(0);
      if (!leafIssuedBy(dir, ca)) {
        issueLeaf(
            dir, ca, Certificates.readPrivateKey(dir.read(DataDirectory.CA_KEY).orElseThrow()));
      }
      return ca;
    }
    KeyPair keys = Certificates.ecKeyPair();
    X509Certificate ca =
        Certificates.selfSigned(
            keys,
            "oidc-rehearsal local CA " + Long.toHexString(System.nanoTime()),
            true,
            CA_VALIDITY);
    dir.writeSecret(DataDirectory.CA_KEY, Certificates.pem(keys.getPrivate()));
    dir.writePublic(DataDirectory.CA_CERTIFICATE, Certificates.pem(ca));
    issueLeaf(dir, ca, keys.getPrivate());
    return ca;
  }

  private static void issueLeaf(DataDirectory dir, X509Certificate ca, PrivateKey caKey) {
    KeyPair leafKeys = Certificates.ecKeyPair();
    X509Certificate leaf = Certificates.serverCertificate(leafKeys, ca, caKey, LEAF_VALIDITY);
    dir.writeSecret(DataDirectory.TLS_KEY, Certificates.pem(leafKeys.getPrivate()));
    dir.writeSecret(DataDirectory.TLS_CHAIN, Certificates.pem(leaf, ca));
  }

  private static boolean leafIssuedBy(DataDirectory dir, X509Certificate ca) {
    if (!dir.exists(DataDirectory.TLS_KEY) || !dir.exists(DataDirectory.TLS_CHAIN)) {
      return false;
    }
    List<X509Certificate> chain =
        Certificates.readCertificates(dir.read(DataDirectory.TLS_CHAIN).orElseThrow());
    return chain.size() == 2 && chain.get(1).equals(ca);
  }
}
