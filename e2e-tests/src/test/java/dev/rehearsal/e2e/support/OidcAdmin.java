package dev.rehearsal.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.tls.TrustAnchors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The oidc-emulator's admin API beyond jobs (oidc-emulator/README.md, "Admin API"): tokens minted
 * with any claims and times, and the signing keys rotated and retired. The admin token and the CA
 * come from the emulator's data directory, as the runner reads them.
 */
public final class OidcAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String adminToken;
  private final HttpClient client;

  private OidcAdmin(URI base, String adminToken, HttpClient client) {
    this.base = base;
    this.adminToken = adminToken;
    this.client = client;
  }

  static OidcAdmin of(Path home) {
    try {
      String port = Files.readString(home.resolve("port")).strip();
      String token = Files.readString(home.resolve("admin-token")).strip();
      HttpClient client =
          HttpClient.newBuilder().sslContext(TrustAnchors.context(home.resolve("ca.pem"))).build();
      return new OidcAdmin(URI.create("https://127.0.0.1:" + port), token, client);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the oidc-emulator's CA does not load", e);
    }
  }

  /**
   * A run context to fill: {@code repository}, {@code ref}, {@code audience}, {@code overrides}.
   */
  public static ObjectNode runContext(String repository, String ref) {
    return JSON.createObjectNode()
        .put("repository", repository)
        .put("ref", ref)
        .put("event_name", "push")
        .put("audience", "sts.amazonaws.com");
  }

  /** {@code POST /_rehearsal/tokens}: a signed token for {@code runContext}. */
  public String token(ObjectNode runContext) {
    return call("POST", "/_rehearsal/tokens", runContext.toString(), 200).path("value").asText();
  }

  /** {@code POST /_rehearsal/keys/rotate}: the new active key and the one it supersedes. */
  public JsonNode rotateKeys() {
    return call("POST", "/_rehearsal/keys/rotate", null, 201);
  }

  /** {@code DELETE /_rehearsal/keys/{kid}}: the key is retired, no longer published. */
  public JsonNode retireKey(String kid) {
    return call("DELETE", "/_rehearsal/keys/" + kid, null, 200);
  }

  /** {@code GET /_rehearsal/keys}. */
  public JsonNode keys() {
    return call("GET", "/_rehearsal/keys", null, 200);
  }

  private JsonNode call(String method, String path, String body, int expected) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", "Bearer " + adminToken)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
