package dev.rehearsal.oidc.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** X.509 certificates and PEM files for the emulator's CA, its TLS leaf and its signing keys. */
public final class Certificates {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
  private static final String SHA256_WITH_ECDSA = "1.2.840.10045.4.3.2";

  private Certificates() {}

  /** A fresh RSA-2048 key pair: the size GitHub's signing keys have and STS expects. */
  public static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is available in every JDK", e);
    }
  }

  /**
   * A fresh ECDSA P-256 key pair, for the CA and the TLS certificate: made in milliseconds where an
   * RSA-2048 pair takes about a second of CPU on a JVM that has just started (the first start of a
   * data directory made two). TLS clients (the JDK, curl, OpenSSL, botocore) all accept it, and
   * IAM's thumbprint is a hash of the CA certificate, whatever its key.
   */
  public static KeyPair ecKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is available in every JDK", e);
    }
  }

  /** A self-signed certificate; a CA when {@code authority} is set. */
  public static X509Certificate selfSigned(
      KeyPair keys, String commonName, boolean authority, Duration validity) {
    byte[] name = name(commonName);
    return build(name, keys.getPublic(), name, keys.getPrivate(), authority, validity, List.of());
  }

  /** A TLS server certificate for {@code localhost}, {@code 127.0.0.1} and {@code ::1}. */
  public static X509Certificate serverCertificate(
      KeyPair keys, X509Certificate ca, PrivateKey caKey, Duration validity) {
    List<byte[]> names =
        List.of(
            Der.context(2, false, "localhost".getBytes(StandardCharsets.US_ASCII)),
            Der.context(7, false, new byte[] {127, 0, 0, 1}),
            Der.context(7, false, loopbackV6()));
    return build(
        ca.getSubjectX500Principal().getEncoded(),
        keys.getPublic(),
        name("localhost"),
        caKey,
        false,
        validity,
        names);
  }

  /**
   * RFC 5280 §4.1: TBSCertificate, signed by {@code signer}: SHA256withRSA for an RSA key,
   * SHA256withECDSA (RFC 5758 §3.2: no parameters) for an EC key.
   */
  private static X509Certificate build(
      byte[] issuer,
      PublicKey subjectKey,
      byte[] subject,
      PrivateKey signer,
      boolean authority,
      Duration validity,
      List<byte[]> subjectAlternativeNames) {
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
    boolean ec = "EC".equals(signer.getAlgorithm());
    byte[] algorithm =
        ec
            ? Der.sequence(Der.oid(SHA256_WITH_ECDSA))
            : Der.sequence(Der.oid(SHA256_WITH_RSA), Der.nullValue());
    byte[] tbs =
        Der.sequence(
            Der.context(0, true, Der.integer(BigInteger.TWO)),
            Der.integer(new BigInteger(127, RANDOM).add(BigInteger.ONE)),
            algorithm,
            issuer,
            Der.sequence(Der.time(now.minusMinutes(5)), Der.time(now.plus(validity))),
            subject,
            subjectKey.getEncoded(),
            Der.context(3, true, extensions(subjectKey, authority, subjectAlternativeNames)));
    try {
      Signature signature = Signature.getInstance(ec ? "SHA256withECDSA" : "SHA256withRSA");
      signature.initSign(signer);
      signature.update(tbs);
      byte[] certificate = Der.sequence(tbs, algorithm, Der.bitString(signature.sign()));
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(certificate));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot issue a certificate", e);
    }
  }

  private static byte[] extensions(
      PublicKey subjectKey, boolean authority, List<byte[]> subjectAlternativeNames) {
    List<byte[]> extensions = new ArrayList<>();
    extensions.add(extension("2.5.29.14", false, Der.octetString(keyIdentifier(subjectKey))));
    extensions.add(
        extension("2.5.29.19", true, authority ? Der.sequence(Der.bool(true)) : Der.sequence()));
    if (authority) {
      // keyCertSign (bit 5) and cRLSign (bit 6): 0b0000_0110, one unused bit.
      extensions.add(extension("2.5.29.15", true, Der.tagged(0x03, new byte[] {1, 0x06})));
    } else if (!subjectAlternativeNames.isEmpty() && "EC".equals(subjectKey.getAlgorithm())) {
      // digitalSignature (bit 0) only: an EC key signs the handshake and enciphers no key
      // (RFC 8813 §3); 0b1000_0000, seven unused bits.
      extensions.add(extension("2.5.29.15", true, Der.tagged(0x03, new byte[] {7, (byte) 0x80})));
      serverNames(extensions, subjectAlternativeNames);
    } else if (!subjectAlternativeNames.isEmpty()) {
      // digitalSignature (bit 0) and keyEncipherment (bit 2): 0b1010_0000, five unused bits.
      extensions.add(extension("2.5.29.15", true, Der.tagged(0x03, new byte[] {5, (byte) 0xa0})));
      serverNames(extensions, subjectAlternativeNames);
    }
    return Der.sequence(extensions.toArray(byte[][]::new));
  }

  /** Extended key usage serverAuth and the subject alternative names of a TLS server. */
  private static void serverNames(List<byte[]> extensions, List<byte[]> subjectAlternativeNames) {
    extensions.add(extension("2.5.29.37", false, Der.sequence(Der.oid("1.3.6.1.5.5.7.3.1"))));
    extensions.add(
        extension(
            "2.5.29.17", false, Der.sequence(subjectAlternativeNames.toArray(byte[][]::new))));
  }

  private static byte[] extension(String oid, boolean critical, byte[] value) {
    return critical
        ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
        : Der.sequence(Der.oid(oid), Der.octetString(value));
  }

  /** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subject public key's bits. */
  private static byte[] keyIdentifier(PublicKey key) {
    try {
      // SubjectPublicKeyInfo = SEQUENCE { AlgorithmIdentifier, BIT STRING }; hash the whole
      // encoding: unique per key, which is all a key identifier must be.
      return MessageDigest.getInstance("SHA-1").digest(key.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-1 is available in every JDK", e);
    }
  }

  private static byte[] name(String commonName) {
    return Der.sequence(Der.set(Der.sequence(Der.oid("2.5.4.3"), Der.utf8(commonName))));
  }

  private static byte[] loopbackV6() {
    byte[] address = new byte[16];
    address[15] = 1;
    return address;
  }

  /**
   * PEM text of certificates and private keys, in order: certificates as {@code CERTIFICATE},
   * private keys as PKCS#8 {@code PRIVATE KEY}, so that the JDK alone reads them back (BouncyCastle
   * is only needed to issue certificates, on the first start).
   */
  public static String pem(Object... objects) {
    StringBuilder text = new StringBuilder();
    for (Object object : objects) {
      if (object instanceof X509Certificate certificate) {
        block(text, "CERTIFICATE", encoded(certificate));
      } else if (object instanceof PrivateKey key && "PKCS#8".equals(key.getFormat())) {
        block(text, "PRIVATE KEY", key.getEncoded());
      } else {
        throw new IllegalArgumentException("Cannot write " + object + " as PEM");
      }
    }
    return text.toString();
  }

  /** The certificates of a PEM text, in order. */
  public static List<X509Certificate> readCertificates(String pem) {
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> certificates = new ArrayList<>();
      for (java.security.cert.Certificate certificate :
          factory.generateCertificates(
              new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
        certificates.add((X509Certificate) certificate);
      }
      return certificates;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Unreadable certificate file", e);
    }
  }

  /** The RSA or EC private key of a PKCS#8 PEM text. */
  public static PrivateKey readPrivateKey(String pem) {
    String begin = "-----BEGIN PRIVATE KEY-----";
    int start = pem.indexOf(begin);
    int end = pem.indexOf("-----END PRIVATE KEY-----");
    if (start < 0 || end < start) {
      throw new IllegalStateException("Not a PKCS#8 PEM private key");
    }
    byte[] der = Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end));
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException notRsa) {
      try {
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        e.addSuppressed(notRsa);
        throw new IllegalStateException("Unreadable private key", e);
      }
    }
  }

  private static void block(StringBuilder text, String type, byte[] der) {
    text.append("-----BEGIN ").append(type).append("-----\n");
    text.append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der));
    text.append("\n-----END ").append(type).append("-----\n");
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A certificate always encodes", e);
    }
  }
}
