package dev.rehearsal.oidc.keys;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import dev.rehearsal.oidc.tls.Certificates;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * RS256 signatures through AWS-LC (the Amazon Corretto Crypto Provider, a JCA provider) where its
 * native library loads (linux-x86_64): about 1.6× the JDK's RSA-2048 signatures per core on this
 * project's machine class, and signing is the whole cost of a token (docs/benchmarks.d/
 * oidc-emulator.md). SmallRye JWT still builds and signs every token; only the JCA provider that
 * jose4j's {@code Signature.getInstance} finds first changes, which is why it is installed at
 * position 1. RSASSA-PKCS1-v1_5 is deterministic, so both providers give the same bytes for the
 * same key and input (tested).
 *
 * <p>Loading it costs about a second of CPU (it unpacks and self-tests a native library), so it
 * happens on a background thread at the first token, never during start-up; until it is ready, and
 * wherever it cannot load or {@code rehearsal.native-crypto=false}, the JDK signs. A key is
 * translated once into the provider's native form: handing it the JDK's key object would make it
 * convert the key at every signature.
 *
 * <p>New RSA-2048 key pairs come from AWS-LC too where it loads ({@link #generateKeyPair}): in a
 * freshly started emulator (C1 only) the JDK's prime search took 0.85–1.5 s of CPU, AWS-LC's
 * loading and generation together ~0.45 s (docs/benchmarks.d/startup-up-fast.md).
 */
@ApplicationScoped
public class NativeRsa {
  private static final Logger LOG = Logger.getLogger(NativeRsa.class);

  @ConfigProperty(name = "rehearsal.native-crypto", defaultValue = "true")
  boolean enabled;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final Map<PrivateKey, PrivateKey> translated = new ConcurrentHashMap<>();
  private volatile KeyFactory keyFactory;
  private volatile boolean unavailable;

  /** The key in the form the fastest ready provider signs with; the key itself until then. */
  public PrivateKey forSigning(PrivateKey key) {
    KeyFactory factory = keyFactory;
    if (factory == null) {
      if (enabled && requested.compareAndSet(false, true)) {
        Thread loader = new Thread(this::load, "native-rsa-loader");
        loader.setDaemon(true);
        loader.setPriority(Thread.MIN_PRIORITY);
        loader.start();
      }
      return key;
    }
    return translated.computeIfAbsent(key, original -> translate(factory, original));
  }

  /** Whether signatures go through the native provider now. */
  public boolean active() {
    return keyFactory != null;
  }

  /**
   * A new RSA-2048 key pair, made by AWS-LC where it loads (loading it here, on the caller's
   * thread, if not done yet), else by the JDK; returned as the JDK's own key objects either way, so
   * that what is stored and how it is used do not depend on where it was made.
   */
  public KeyPair generateKeyPair() {
    if (enabled && keyFactory == null) {
      requested.set(true);
      load();
    }
    if (keyFactory == null) {
      return Certificates.rsaKeyPair();
    }
    try {
      KeyPairGenerator generator =
          KeyPairGenerator.getInstance("RSA", AmazonCorrettoCryptoProvider.INSTANCE);
      generator.initialize(2048);
      KeyPair made = generator.generateKeyPair();
      KeyFactory jdk = KeyFactory.getInstance("RSA", "SunRsaSign");
      return new KeyPair(
          jdk.generatePublic(new X509EncodedKeySpec(made.getPublic().getEncoded())),
          jdk.generatePrivate(new PKCS8EncodedKeySpec(made.getPrivate().getEncoded())));
    } catch (GeneralSecurityException | RuntimeException e) {
      LOG.infof("RSA key generation falls back to the JDK: AWS-LC refused (%s)", e);
      return Certificates.rsaKeyPair();
    }
  }

  private synchronized void load() {
    if (keyFactory != null || unavailable) {
      return;
    }
    AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
    Throwable error = provider.getLoadingError();
    if (error != null) {
      LOG.infof("RS256 signing stays with the JDK: AWS-LC did not load here (%s)", error);
      unavailable = true;
      return;
    }
    try {
      provider.assertHealthy();
      KeyFactory factory = KeyFactory.getInstance("RSA", (Provider) provider);
      Security.insertProviderAt(provider, 1);
      keyFactory = factory;
      LOG.info("RS256 signing now goes through AWS-LC (Amazon Corretto Crypto Provider)");
    } catch (GeneralSecurityException | RuntimeException e) {
      LOG.infof("RS256 signing stays with the JDK: AWS-LC is not healthy here (%s)", e);
      unavailable = true;
    }
  }

  private static PrivateKey translate(KeyFactory factory, PrivateKey key) {
    try {
      return (PrivateKey) factory.translateKey(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AWS-LC refused an RSA key the JDK reads", e);
    }
  }
}
