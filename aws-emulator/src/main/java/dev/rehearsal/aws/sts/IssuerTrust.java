package dev.rehearsal.aws.sts;

import dev.rehearsal.core.tls.TrustAnchors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

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
      return TrustAnchors.context(Path.of(caFile.get()));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the CA file " + caFile.orElse("") + " of issuer " + name, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot trust the CA file " + caFile.orElse("") + " of issuer " + name, e);
    }
  }
}
