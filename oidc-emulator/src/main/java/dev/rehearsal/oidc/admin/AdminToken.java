package dev.rehearsal.oidc.admin;

import dev.rehearsal.oidc.http.GitHubErrors;
import dev.rehearsal.oidc.state.DataDirectory;
import dev.rehearsal.oidc.state.StateConfig;
import io.quarkus.runtime.Startup;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin token of a data directory ({@code admin-token}, 0600), made on first start. It guards
 * the {@code /_rehearsal/} API and stands for the personal access token GitHub's customization
 * endpoints want, which accept it as {@code Bearer} or {@code token} (docs.github.com,
 * "Authenticating to the REST API").
 */
@ApplicationScoped
@Startup
public class AdminToken {
  @Inject StateConfig config;

  private byte[] token;

  @PostConstruct
  void load() {
    DataDirectory dir = config.dataDirectory().create();
    String value =
        dir.read(DataDirectory.ADMIN_TOKEN)
            .map(String::strip)
            .orElseGet(
                () -> {
                  byte[] bytes = new byte[32];
                  new SecureRandom().nextBytes(bytes);
                  String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                  dir.writeSecret(DataDirectory.ADMIN_TOKEN, fresh + "\n");
                  return fresh;
                });
    token = value.getBytes(StandardCharsets.UTF_8);
  }

  /** Fails the request with GitHub's 401 unless it carries the admin token. */
  public void require(RoutingContext context) {
    String header = context.request().getHeader("Authorization");
    String presented = credential(header);
    if (presented == null
        || !MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
      throw GitHubErrors.badCredentials();
    }
  }

  private static String credential(String header) {
    if (header == null) {
      return null;
    }
    int space = header.indexOf(' ');
    if (space < 0) {
      return null;
    }
    String scheme = header.substring(0, space);
    if (scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("token")) {
      return header.substring(space + 1).strip();
    }
    return null;
  }
}
