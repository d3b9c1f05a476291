package dev.rehearsal.aws.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A root CA, an intermediate CA and a leaf for 127.0.0.1, made with BouncyCastle: the chain an
 * issuer's HTTPS server presents (leaf, intermediate), whose top certificate's SHA-1 is what an IAM
 * provider's thumbprint names.
 */
public final class TinyCa {
  private final KeyPair rootKeys = rsa();
  private final X509Certificate root;
  private final KeyPair intermediateKeys = rsa();
  private final X509Certificate intermediate;
  private final KeyPair leafKeys = rsa();
  private final X509Certificate leaf;

  public TinyCa() {
    try {
      root =
          certificate("CN=rehearsal test root", rootKeys, "CN=rehearsal test root", rootKeys, true);
      intermediate =
          certificate(
              "CN=rehearsal test intermediate",
              intermediateKeys,
              "CN=rehearsal test root",
              rootKeys,
              true);
      leaf =
          certificate(
              "CN=127.0.0.1", leafKeys, "CN=rehearsal test intermediate", intermediateKeys, false);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the root CA certificate as PEM, the file {@code rehearsal.issuers.*.ca-file} names. */
  public Path writeRootPem(Path file) throws Exception {
    String pem =
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(root.getEncoded())
            + "\n-----END CERTIFICATE-----\n";
    Files.writeString(file, pem);
    return file;
  }

  /** The SHA-1 of the intermediate, the top of the chain the server presents. */
  public String intermediateThumbprint() throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-1").digest(intermediate.getEncoded()));
  }

  /** A server context presenting leaf + intermediate. */
  public SSLContext serverContext() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    char[] password = "changeit".toCharArray();
    store.setKeyEntry(
        "leaf", leafKeys.getPrivate(), password, new X509Certificate[] {leaf, intermediate});
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, password);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    return context;
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate certificate(
      String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean ca)
      throws Exception {
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuer),
            BigInteger.valueOf(now.toEpochMilli())
                .add(BigInteger.valueOf(subject.hashCode() & 0xffff)),
            Date.from(now.minus(Duration.ofHours(1))),
            Date.from(now.plus(Duration.ofDays(2))),
            new X500Name(subject),
            subjectKeys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    if (!ca) {
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
    }
    var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }
}
