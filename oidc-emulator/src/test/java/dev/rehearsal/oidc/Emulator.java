package dev.rehearsal.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.rehearsal.core.tls.TrustAnchors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;

/**
 * The service under test as a client sees it: HTTPS with the emulator's CA as the only trust
 * anchor, and token verification by Nimbus JOSE+JWT against the JWKS fetched over that HTTPS —
 * never by the emulator's own signing code.
 */
public record Emulator(URI base, Path dataDir, HttpClient client) {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The instance {@link EmulatorTestResource} started. */
  public static Emulator underTest() {
    Path dir = Path.of(System.getProperty(EmulatorTestResource.DATA_DIR));
    int port = Integer.parseInt(System.getProperty(EmulatorTestResource.PORT));
    return at(dir, port);
  }

  public static Emulator at(Path dataDir, int port) {
    return new Emulator(
        URI.create("https://127.0.0.1:" + port), dataDir, trustingOnly(dataDir.resolve("ca.pem")));
  }

  /** An HTTP client whose only trust anchor is the given CA certificate. */
  static HttpClient trustingOnly(Path caPem) {
    try {
      return HttpClient.newBuilder()
          .sslContext(TrustAnchors.context(caPem))
          .connectTimeout(Duration.ofSeconds(10))
          .build();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot trust " + caPem, e);
    }
  }

  public String adminToken() {
    try {
      return Files.readString(dataDir.resolve("admin-token")).strip();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  public HttpResponse<String> get(URI uri, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  public HttpResponse<String> admin(String method, String path, String body) {
    return call(method, path, body, "Bearer " + adminToken());
  }

  public HttpResponse<String> call(String method, String path, String body, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .header("content-type", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  /** Mints through {@code POST /_rehearsal/tokens}; fails the test unless it answers 200. */
  public String mint(String body) {
    HttpResponse<String> response = admin("POST", "/_rehearsal/tokens", body);
    if (response.statusCode() != 200) {
      throw new AssertionError("mint answered " + response.statusCode() + ": " + response.body());
    }
    return json(response).get("value").asText();
  }

  /** Verifies a token's RS256 signature against the JWKS as served now, and returns its claims. */
  public Map<String, Object> verify(String jwt) {
    try {
      SignedJWT token = SignedJWT.parse(jwt);
      JWKSet keys = JWKSet.parse(get("/.well-known/jwks").body());
      RSAKey key = (RSAKey) keys.getKeyByKeyId(token.getHeader().getKeyID());
      if (key == null) {
        throw new AssertionError("no JWKS key with kid " + token.getHeader().getKeyID());
      }
      if (!token.verify(new RSASSAVerifier(key))) {
        throw new AssertionError("signature does not verify with " + key.getKeyID());
      }
      return token.getPayload().toJSONObject();
    } catch (ParseException | com.nimbusds.jose.JOSEException e) {
      throw new AssertionError("unverifiable token: " + e, e);
    }
  }

  /** Whether the token's signature verifies against the JWKS as served now. */
  public boolean verifies(String jwt) {
    try {
      verify(jwt);
      return true;
    } catch (AssertionError e) {
      return false;
    }
  }

  public static JWSObject parse(String jwt) {
    try {
      return JWSObject.parse(jwt);
    } catch (ParseException e) {
      throw new AssertionError(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
