package dev.rehearsal.aws.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a {@link TestIssuer} and gives the emulator under test a fresh data directory and the
 * issuer map that sends GitHub's issuer URL to it (the contract the oidc-emulator relies on).
 */
public final class EmulatorResource implements QuarkusTestResourceLifecycleManager {
  private static TestIssuer issuer;
  private static Path dataDir;

  /** The issuer the running emulator trusts. */
  public static TestIssuer issuer() {
    return issuer;
  }

  public static Path dataDir() {
    return dataDir;
  }

  @Override
  public Map<String, String> start() {
    try {
      issuer = new TestIssuer();
      dataDir = Files.createTempDirectory("aws-emulator-test");
      Path ca = issuer.writeCaPem(dataDir.resolve("issuer-ca.pem"));
      return Map.of(
          "rehearsal.data-dir",
          dataDir.resolve("data").toString(),
          "rehearsal.issuers.github.url",
          TestIssuer.GITHUB,
          "rehearsal.issuers.github.location",
          issuer.location(),
          "rehearsal.issuers.github.ca-file",
          ca.toString(),
          "rehearsal.jwks.min-refresh-interval",
          "PT0.2S",
          "quarkus.http.test-port",
          "0");
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test issuer", e);
    }
  }

  @Override
  public void stop() {
    if (issuer != null) {
      issuer.close();
    }
  }
}
