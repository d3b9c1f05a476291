package dev.rehearsal.oidc.state;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The emulator's settings: where its state lives, which issuer it impersonates and where clients
 * reach it. {@code rehearsal.issuer} is what tokens carry in {@code iss} (trust-policy condition
 * keys derive from it); {@code rehearsal.public-url} is where the runner protocol points, which
 * defaults to this server's own address.
 */
@ApplicationScoped
public class StateConfig {
  @ConfigProperty(name = "rehearsal.data-dir")
  Path dataDir;

  @ConfigProperty(name = "rehearsal.issuer")
  String issuer;

  @ConfigProperty(name = "rehearsal.public-url")
  Optional<String> publicUrl;

  public DataDirectory dataDirectory() {
    return new DataDirectory(dataDir);
  }

  public String issuer() {
    return issuer;
  }

  public Optional<String> publicUrl() {
    return publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }
}
