package dev.rehearsal.oidc.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AWS-LC signs exactly what the JDK signs: RSASSA-PKCS1-v1_5 (RFC 8017 §8.2, RS256 in RFC 7518
 * §3.3) is deterministic, so the same key and input give the same bytes from either provider, and
 * any verifier that accepts the JDK's tokens accepts these.
 */
class NativeRsaTest {
  static KeyPair pair;
  static final byte[] INPUT =
      "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvYXBwOnJlZjpyZWZzL2hlYWRzL21haW4ifQ"
          .getBytes(StandardCharsets.US_ASCII);

  @BeforeAll
  static void key() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", "SunRsaSign");
    generator.initialize(2048);
    pair = generator.generateKeyPair();
  }

  @Test
  void forSigning_whenDisabled_keepsTheJdkKey() throws InterruptedException {
    NativeRsa rsa = new NativeRsa();
    rsa.enabled = false;

    assertThat(rsa.forSigning(pair.getPrivate())).isSameAs(pair.getPrivate());
    Thread.sleep(200);
    assertThat(rsa.forSigning(pair.getPrivate())).isSameAs(pair.getPrivate());
    assertThat(rsa.active()).isFalse();
  }

  @Test
  void forSigning_onceLoaded_signsTheSameBytesAsTheJdk_rfc8017Deterministic() throws Exception {
    assumeTrue(
        AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError() == null,
        "AWS-LC's native library does not load on this platform; the JDK signs here");
    NativeRsa rsa = new NativeRsa();
    rsa.enabled = true;

    assertThat(rsa.forSigning(pair.getPrivate()))
        .as("the first call starts loading and answers with the JDK's key")
        .isSameAs(pair.getPrivate());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!rsa.active() && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(rsa.active()).as("AWS-LC loaded within 60 s").isTrue();

    PrivateKey nativeKey = rsa.forSigning(pair.getPrivate());
    assertThat(nativeKey).isNotSameAs(pair.getPrivate());
    assertThat(rsa.forSigning(pair.getPrivate())).as("translated once").isSameAs(nativeKey);

    Signature viaDefault = Signature.getInstance("SHA256withRSA");
    viaDefault.initSign(nativeKey);
    viaDefault.update(INPUT);
    byte[] nativeSignature = viaDefault.sign();
    assertThat(viaDefault.getProvider().getName()).isEqualTo("AmazonCorrettoCryptoProvider");

    Signature jdk = Signature.getInstance("SHA256withRSA", "SunRsaSign");
    jdk.initSign(pair.getPrivate());
    jdk.update(INPUT);
    assertThat(nativeSignature).isEqualTo(jdk.sign());

    Signature verifier = Signature.getInstance("SHA256withRSA", "SunRsaSign");
    verifier.initVerify(pair.getPublic());
    verifier.update(INPUT);
    assertThat(verifier.verify(nativeSignature)).isTrue();
  }

  @Test
  void generateKeyPair_whenAwsLcLoads_makesAnRsa2048PairAsTheJdksKeyObjects() throws Exception {
    assumeTrue(
        AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError() == null,
        "AWS-LC's native library does not load on this platform; the JDK makes keys here");
    NativeRsa rsa = new NativeRsa();
    rsa.enabled = true;

    KeyPair made = rsa.generateKeyPair();

    assertThat(rsa.active()).as("loaded on the way").isTrue();
    assertThat(((RSAPublicKey) made.getPublic()).getModulus().bitLength()).isEqualTo(2048);
    assertThat(made.getPrivate().getClass().getName()).startsWith("sun.security.rsa.");
    assertThat(made.getPublic().getClass().getName()).startsWith("sun.security.rsa.");
    assertPair(made);
  }

  @Test
  void generateKeyPair_whenDisabled_makesItWithTheJdk() throws Exception {
    NativeRsa rsa = new NativeRsa();
    rsa.enabled = false;

    KeyPair made = rsa.generateKeyPair();

    assertThat(rsa.active()).isFalse();
    assertThat(((RSAPublicKey) made.getPublic()).getModulus().bitLength()).isEqualTo(2048);
    assertPair(made);
  }

  /** The private key signs what the public key verifies (RS256, with the JDK's own provider). */
  private static void assertPair(KeyPair pair) throws GeneralSecurityException {
    Signature signer = Signature.getInstance("SHA256withRSA", "SunRsaSign");
    signer.initSign(pair.getPrivate());
    signer.update(INPUT);
    Signature verifier = Signature.getInstance("SHA256withRSA", "SunRsaSign");
    verifier.initVerify(pair.getPublic());
    verifier.update(INPUT);
    assertThat(verifier.verify(signer.sign())).isTrue();
  }
}
