package dev.rehearsal.aws.ecr.store;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * SHA-256 and SHA-512 through AWS-LC (Amazon Corretto Crypto Provider) where its native library
 * loads, else the JDK's. Every byte pushed to the registry is digested: the JDK's SHA-256 reaches
 * the CPU's SHA instructions only once C2 compiles it, and {@code rehearse up} runs the emulator on
 * C1 alone for a fast start (measured on this machine class with JDK 17: ~100 MB/s on C1 against
 * ~1,460 MB/s through AWS-LC, which a 1 GiB layer push made the bottleneck; docs/benchmarks.md).
 * Loaded at the first digest, not at start-up (~0.1 s).
 */
final class NativeDigests {
  private static final Logger LOG = Logger.getLogger(NativeDigests.class);

  private NativeDigests() {}

  private static final class Holder {
    static final Optional<Provider> PROVIDER = load();
  }

  static Optional<Provider> provider() {
    return Holder.PROVIDER;
  }

  private static Optional<Provider> load() {
    try {
      AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
      Throwable error = provider.getLoadingError();
      if (error != null) {
        LOG.infof("registry digests stay with the JDK: AWS-LC did not load here (%s)", error);
        return Optional.empty();
      }
      return Optional.of(provider);
    } catch (LinkageError e) {
      LOG.infof("registry digests stay with the JDK: AWS-LC is not available (%s)", e);
      return Optional.empty();
    }
  }
}
