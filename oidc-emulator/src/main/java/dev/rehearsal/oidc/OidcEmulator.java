package dev.rehearsal.oidc;

import dev.rehearsal.oidc.keys.SigningKeys;
import dev.rehearsal.oidc.state.DataDirectory;
import dev.rehearsal.oidc.tls.TlsMaterial;
import dev.rehearsal.oidc.tls.TlsWarmUp;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts the emulator: prepares the data directory's CA and TLS certificate before Quarkus reads
 * them (they are made on first start), then, once the server listens, writes the port to {@code
 * <data-dir>/port} and prints {@code oidc-emulator ready on https://127.0.0.1:PORT} for a parent
 * process to read.
 */
@QuarkusMain
public class OidcEmulator implements QuarkusApplication {
  static final String DATA_DIR = "rehearsal.data-dir";

  /**
   * PBKDF2 rounds of a PKCS#12 key store's key protection (JDK security property, overridable as a
   * system property).
   */
  static final String PKCS12_ROUNDS = "keystore.pkcs12.keyPbeIterationCount";

  /**
   * How long after announcing its port the emulator starts reading its signing keys (making the
   * first one on a first start), unless a request needs them sooner: long enough for the parent's
   * readiness probe to get its answer first.
   */
  static final Duration KEYS_AFTER = Duration.ofSeconds(1);

  public static void main(String... args) {
    // Quarkus hands the TLS key (a PEM file) to the server through in-memory PKCS#12 key stores,
    // which by default derive a protection key with 10,000 PBKDF2 rounds each time the key goes in
    // or out: ~250 ms of start-up CPU here. Those stores never leave memory and the emulator
    // writes no PKCS#12 file (its keys are PEM files, mode 0600), so one round protects nothing
    // less. An explicit -Dkeystore.pkcs12.keyPbeIterationCount still wins.
    if (System.getProperty(PKCS12_ROUNDS) == null) {
      System.setProperty(PKCS12_ROUNDS, "1");
    }
    Path dataDir = dataDirectory();
    System.setProperty(DATA_DIR, dataDir.toString());
    TlsMaterial.prepare(new DataDirectory(dataDir));
    TlsWarmUp.startInBackground(new DataDirectory(dataDir));
    Quarkus.run(OidcEmulator.class, args);
  }

  @Override
  public int run(String... args) {
    ValueRegistry registry = Arc.container().instance(ValueRegistry.class).get();
    int port = HttpServer.INFO.get(registry).getSecurePort();
    new DataDirectory(Path.of(System.getProperty(DATA_DIR)))
        .writePublic(DataDirectory.PORT, port + "\n");
    System.out.println("oidc-emulator ready on https://127.0.0.1:" + port);
    System.out.flush();
    // Reading the keys (or making the first one, ~0.5 s of CPU) waits until the parent's readiness
    // probe has had its answer, unless a request needs a key sooner; requests that need one wait
    // for it. Unusable keys end the emulator, as they did when they were read during start-up.
    SigningKeys keys = Arc.container().instance(SigningKeys.class).get();
    CompletableFuture.delayedExecutor(KEYS_AFTER.toMillis(), TimeUnit.MILLISECONDS)
        .execute(keys::loadInBackground);
    keys.loaded()
        .whenComplete(
            (loaded, error) -> {
              if (error != null) {
                System.err.println("oidc-emulator: cannot use its signing keys: " + error);
                Quarkus.asyncExit();
              }
            });
    Quarkus.waitForExit();
    return keys.loaded().isCompletedExceptionally() ? 1 : 0;
  }

  /**
   * {@code -Drehearsal.data-dir}, else {@code REHEARSAL_DATA_DIR}, else {@code ~/.rehearsal/oidc}.
   */
  static Path dataDirectory() {
    String configured = System.getProperty(DATA_DIR);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("REHEARSAL_DATA_DIR");
    }
    if (configured == null || configured.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".rehearsal", "oidc");
    }
    return Path.of(configured);
  }
}
