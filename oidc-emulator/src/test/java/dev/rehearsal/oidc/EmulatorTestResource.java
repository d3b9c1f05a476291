package dev.rehearsal.oidc;

import dev.rehearsal.oidc.state.DataDirectory;
import dev.rehearsal.oidc.tls.TlsMaterial;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives the service under test a fresh data directory (prepared as {@code OidcEmulator.main} does)
 * and a free port, and tells the tests where they are through system properties, which both the
 * in-process and the packaged-jar tests can read.
 */
public class EmulatorTestResource implements QuarkusTestResourceLifecycleManager {
  static final String DATA_DIR = "oidc-emulator.test.data-dir";
  static final String PORT = "oidc-emulator.test.port";

  @Override
  public Map<String, String> start() {
    try {
      Path dir = Files.createTempDirectory("oidc-emulator-test");
      TlsMaterial.prepare(new DataDirectory(dir));
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      System.setProperty(DATA_DIR, dir.toString());
      System.setProperty(PORT, String.valueOf(port));
      return Map.of(
          "rehearsal.data-dir", dir.toString(),
          "quarkus.http.ssl-port", String.valueOf(port),
          "quarkus.http.test-ssl-port", String.valueOf(port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {}
}
