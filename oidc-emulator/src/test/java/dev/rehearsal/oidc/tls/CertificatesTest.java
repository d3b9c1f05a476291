package dev.rehearsal.oidc.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written DER must be certificates the JDK parses and verifies (RFC 5280 fields). */
class CertificatesTest {
  static final KeyPair CA_KEYS = Certificates.rsaKeyPair();
  static final X509Certificate CA =
      Certificates.selfSigned(CA_KEYS, "test CA", true, Duration.ofDays(3650));

  @Test
  void selfSigned_authority_isACaThatVerifiesWithItsOwnKey() throws Exception {
    CA.verify(CA_KEYS.getPublic());

    assertThat(CA.getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(CA.getKeyUsage()[5]).as("keyCertSign").isTrue();
    assertThat(CA.getSubjectX500Principal().getName()).isEqualTo("CN=test CA");
    assertThat(CA.getVersion()).isEqualTo(3);
    assertThat(CA.getNotAfter())
        .isAfter(new java.util.Date(System.currentTimeMillis() + 3_000L * 86_400_000));
  }

  @Test
  void serverCertificate_isIssuedByTheCaForLoopbackNames() throws Exception {
    X509Certificate leaf =
        Certificates.serverCertificate(
            Certificates.rsaKeyPair(), CA, CA_KEYS.getPrivate(), Duration.ofDays(825));

    leaf.verify(CA_KEYS.getPublic());
    assertThat(leaf.getIssuerX500Principal()).isEqualTo(CA.getSubjectX500Principal());
    assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
    assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
    assertThat(leaf.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
        .containsExactly("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
  }

  @Test
  void pem_roundTripsCertificatesAndPkcs8Keys() {
    String pem = Certificates.pem(CA, CA);

    assertThat(Certificates.readCertificates(pem)).isEqualTo(List.of(CA, CA));
    assertThat(Certificates.readPrivateKey(Certificates.pem(CA_KEYS.getPrivate())))
        .isEqualTo(CA_KEYS.getPrivate());
  }

  @Test
  void ecCertificates_areAnEcdsaCaAndASigningOnlyServerCertificateTheJdkVerifies()
      throws Exception {
    KeyPair caKeys = Certificates.ecKeyPair();
    X509Certificate ca = Certificates.selfSigned(caKeys, "EC CA", true, Duration.ofDays(3650));
    X509Certificate leaf =
        Certificates.serverCertificate(
            Certificates.ecKeyPair(), ca, caKeys.getPrivate(), Duration.ofDays(825));

    ca.verify(caKeys.getPublic());
    leaf.verify(caKeys.getPublic());
    assertThat(leaf.getSigAlgName()).isEqualTo("SHA256withECDSA");
    assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(leaf.getKeyUsage()[2]).as("keyEncipherment: not for an EC key").isFalse();
    assertThat(leaf.getSubjectAlternativeNames()).hasSize(3);
  }

  @Test
  void serverCertificate_withEcKeyFromAnRsaCa_isSignedWithRsa() throws Exception {
    // A data directory made before the CA became EC keeps its RSA CA and issues EC leaves from it.
    X509Certificate leaf =
        Certificates.serverCertificate(
            Certificates.ecKeyPair(), CA, CA_KEYS.getPrivate(), Duration.ofDays(825));

    leaf.verify(CA_KEYS.getPublic());
    assertThat(leaf.getSigAlgName()).isEqualTo("SHA256withRSA");
  }

  @Test
  void readPrivateKey_readsEcKeysToo() {
    KeyPair keys = Certificates.ecKeyPair();

    assertThat(Certificates.readPrivateKey(Certificates.pem(keys.getPrivate())))
        .isEqualTo(keys.getPrivate());
  }
}
