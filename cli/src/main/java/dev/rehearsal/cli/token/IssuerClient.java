package dev.rehearsal.cli.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.Emulator;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.core.tls.TrustAnchors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * The oidc-emulator's admin API as {@code rehearse token} (and the page) uses it: HTTPS verified
 * against the emulator's own CA, authenticated with the admin token of the data directory.
 */
public final class IssuerClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DataDirectory data;
  private final WorldRecord world;

  public IssuerClient(DataDirectory data, WorldRecord world) {
    this.data = data;
    this.world = world;
  }

  /** A token minted for {@code context}: {@code POST /_rehearsal/tokens}, answer {@code value}. */
  public String mint(RunContext context) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(world.oidc().url() + "/_rehearsal/tokens"))
            .header("Authorization", "Bearer " + adminToken())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(context.json())))
            .build();
    HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode body = parse(response.body());
    if (response.statusCode() / 100 != 2) {
      throw new UserError(
          "the oidc-emulator refused the run context ("
              + response.statusCode()
              + "): "
              + body.path("message").asText(response.body()));
    }
    JsonNode value = body.path("value");
    if (!value.isTextual()) {
      throw new UserError("the oidc-emulator's answer has no token: " + response.body());
    }
    return value.asText();
  }

  /**
   * {@code GET path} of the oidc-emulator with the admin token (e.g. a repository's subject
   * template, {@code /repos/OWNER/REPO/actions/oidc/customization/sub}); its JSON, empty when it
   * answers otherwise than 200.
   */
  public JsonNode get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(world.oidc().url() + path))
            .header("Authorization", "Bearer " + adminToken())
            .GET()
            .build();
    HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? parse(response.body()) : JSON.createObjectNode();
  }

  private HttpClient client() {
    return HttpClient.newBuilder()
        .sslContext(trustingTheIssuer())
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * TLS that trusts exactly the oidc-emulator's CA, from its data directory: the CLI talks to the
   * issuer the way any client would, verifying its certificate, never by switching checks off.
   */
  private SSLContext trustingTheIssuer() {
    Path ca = Path.of(world.caFile());
    try {
      return TrustAnchors.context(ca);
    } catch (IOException | GeneralSecurityException e) {
      throw new UserError("cannot read the issuer's CA certificate " + ca + ": " + e.getMessage());
    }
  }

  private String adminToken() throws IOException {
    Path file = data.emulatorHome(Emulator.OIDC).resolve("admin-token");
    if (!Files.isReadable(file)) {
      throw new UserError("cannot read the oidc-emulator's admin token " + file);
    }
    return Files.readString(file).strip();
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
