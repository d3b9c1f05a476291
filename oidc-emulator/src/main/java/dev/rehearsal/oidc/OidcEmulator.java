package dev.rehearsal.oidc;

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
    Quarkus.waitForExit();
    return 0;
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
