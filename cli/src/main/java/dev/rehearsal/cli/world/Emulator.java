package dev.rehearsal.cli.world;

/**
 * The two services of a local world and how each is started: its module's Quarkus jar, the property
 * that sets its port, the scheme it speaks, and its default port (docs: architecture.md, "Ports by
 * default").
 */
public enum Emulator {
  OIDC("oidc-emulator", "oidc", "https", "quarkus.http.ssl-port", 8443),
  AWS("aws-emulator", "aws", "http", "quarkus.http.port", 4566);

  private final String module;
  private final String folder;
  private final String scheme;
  private final String portProperty;
  private final int defaultPort;

  Emulator(String module, String folder, String scheme, String portProperty, int defaultPort) {
    this.module = module;
    this.folder = folder;
    this.scheme = scheme;
    this.portProperty = portProperty;
    this.defaultPort = defaultPort;
  }

  public String module() {
    return module;
  }

  /** The emulator's own folder inside the data directory. */
  public String folder() {
    return folder;
  }

  public String scheme() {
    return scheme;
  }

  public String portProperty() {
    return portProperty;
  }

  public int defaultPort() {
    return defaultPort;
  }

  /**
   * The jar Quarkus builds, relative to the repository root: one jar with every class ({@code
   * quarkus.package.jar.type=uber-jar} in the module), so that a class-data archive keeps them all.
   */
  public String jar() {
    return module + "/target/" + module + "-runner.jar";
  }

  public String baseUrl(int port) {
    return scheme + "://127.0.0.1:" + port;
  }
}
