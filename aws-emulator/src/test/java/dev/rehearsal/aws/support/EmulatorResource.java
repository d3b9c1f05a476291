package dev.rehearsal.aws.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts two {@link TestIssuer}s and gives the emulator under test a fresh data directory and the
 * issuer map that sends their URLs to them (the contract the oidc-emulator relies on): GitHub's
 * issuer, trusted through a root CA as AWS trusts it, and another one whose thumbprints count.
 */
public final class EmulatorResource implements QuarkusTestResourceLifecycleManager {
  /** An issuer whose CA AWS does not trust: its provider's thumbprints are checked. */
  public static final String OTHER = "https://oidc.example.com/tenant";

  /** JVM-wide, unlike static fields: test classes may come from another class loader. */
  private static final String DIR_PROPERTY = "aws-emulator-test.dir";

  private TestIssuer github;
  private TestIssuer other;

  /** The GitHub-like issuer the running emulator trusts. */
  public static TestIssuer issuer() {
    return load("github.issuer");
  }

  /** The issuer outside the trusted-CA set. */
  public static TestIssuer other() {
    return load("other.issuer");
  }

  /** The test's scratch directory; the emulator's data directory is its {@code data}. */
  public static Path dataDir() {
    return Path.of(System.getProperty(DIR_PROPERTY));
  }

  private static TestIssuer load(String name) {
    try {
      return TestIssuer.load(dataDir().resolve(name));
    } catch (Exception e) {
      throw new IllegalStateException("the test resource saved no issuer " + name, e);
    }
  }

  @Override
  public Map<String, String> start() {
    try {
      github = new TestIssuer();
      other = new TestIssuer(OTHER);
      Path dir = Files.createTempDirectory("aws-emulator-test");
      github.save(dir.resolve("github.issuer"));
      other.save(dir.resolve("other.issuer"));
      System.setProperty(DIR_PROPERTY, dir.toString());
      Map<String, String> config = new HashMap<>();
      config.put("rehearsal.data-dir", dir.resolve("data").toString());
      config.put("rehearsal.issuers.github.url", TestIssuer.GITHUB);
      config.put("rehearsal.issuers.github.location", github.location());
      config.put(
          "rehearsal.issuers.github.ca-file",
          github.writeCaPem(dir.resolve("github-ca.pem")).toString());
      config.put("rehearsal.issuers.other.url", OTHER);
      config.put("rehearsal.issuers.other.location", other.location());
      config.put(
          "rehearsal.issuers.other.ca-file",
          other.writeCaPem(dir.resolve("other-ca.pem")).toString());
      config.put("rehearsal.jwks.min-refresh-interval", "PT0.2S");
      config.put("quarkus.http.test-port", "0");
      return config;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test issuers", e);
    }
  }

  @Override
  public void stop() {
    if (github != null) {
      github.close();
      other.close();
    }
  }
}
