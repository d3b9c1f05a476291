package dev.rehearsal.runner.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.tls.TrustAnchors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * An action's request for the job's ID token, as @actions/core's {@code getIDToken(audience)} makes
 * it ({@code packages/core/src/oidc-utils.ts}, facts.md "Runtime protocol"): {@code GET
 * <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=<encoded>} with {@code Authorization: Bearer
 * <ACTIONS_ID_TOKEN_REQUEST_TOKEN>}, retried on 502, 503 and 504 as @actions/http-client retries;
 * the token is registered as a secret; every failure has the toolkit's text. TLS trusts the JDK's
 * roots and the certificates of {@code NODE_EXTRA_CA_CERTS}, as Node does for an action.
 */
public final class IdTokenClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> RETRIED = Set.of(502, 503, 504);
  private static final int MAX_RETRIES = 10;

  private final Map<String, String> environment;
  private final Consumer<String> setSecret;

  /**
   * @param environment the step's process environment, as {@code process.env}
   * @param setSecret {@code core.setSecret}, given the token before it is returned
   */
  public IdTokenClient(Map<String, String> environment, Consumer<String> setSecret) {
    this.environment = environment;
    this.setSecret = setSecret;
  }

  public String getIdToken(String audience) {
    String url = environment.getOrDefault("ACTIONS_ID_TOKEN_REQUEST_URL", "");
    if (url.isEmpty()) {
      throw failure("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    if (!audience.isEmpty()) {
      url = url + "&audience=" + encodeUriComponent(audience);
    }
    String requestToken = environment.getOrDefault("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "");
    if (requestToken.isEmpty()) {
      throw failure("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    HttpResponse<String> response = get(URI.create(url), requestToken);
    int status = response.statusCode();
    JsonNode body = parse(response.body());
    if (status > 299 && status != 404) {
      String message =
          body.hasNonNull("message")
              ? body.get("message").asText()
              : response.body().isEmpty() ? "Failed request: (" + status + ")" : response.body();
      throw failure(failedToGet(Integer.toString(status), message));
    }
    JsonNode value = body.get("value");
    if (status == 404 || value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw failure("Response json body do not have ID Token field");
    }
    setSecret.accept(value.asText());
    return value.asText();
  }

  private HttpResponse<String> get(URI uri, String requestToken) {
    HttpClient client =
        HttpClient.newBuilder().sslContext(trust()).connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + requestToken)
            .header("Accept", "application/json")
            .header("User-Agent", "actions/oidc-client")
            .GET()
            .build();
    try {
      for (int attempt = 1; ; attempt++) {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (!RETRIED.contains(response.statusCode()) || attempt > MAX_RETRIES) {
          return response;
        }
        // @actions/http-client: 5 ms × 2^attempt, the exponent at most 10
        Thread.sleep(5L << Math.min(10, attempt));
      }
    } catch (IOException e) {
      throw failure(failedToGet("undefined", String.valueOf(e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(failedToGet("undefined", "interrupted"));
    }
  }

  /** The toolkit's text, its line breaks and indentation included. */
  private static String failedToGet(String code, String message) {
    return "Failed to get ID Token. \n \n        Error Code : "
        + code
        + "\n \n        Error Message: "
        + message;
  }

  private static IdTokenException failure(String message) {
    return new IdTokenException("Error message: " + message);
  }

  private SSLContext trust() {
    try {
      List<Certificate> anchors = new ArrayList<>(List.of(jdkRoots()));
      String extra = environment.getOrDefault("NODE_EXTRA_CA_CERTS", "");
      if (!extra.isEmpty()) {
        anchors.addAll(TrustAnchors.readPem(Path.of(extra)));
      }
      return TrustAnchors.context(anchors);
    } catch (IOException | GeneralSecurityException e) {
      throw failure(failedToGet("undefined", "cannot set up TLS: " + e.getMessage()));
    }
  }

  private static X509Certificate[] jdkRoots() throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509.getAcceptedIssuers();
      }
    }
    return new X509Certificate[0];
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node == null ? JSON.createObjectNode() : node;
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  /**
   * JavaScript's {@code encodeURIComponent}: all but {@code A-Za-z0-9-_.!~*'()} percent-encoded.
   */
  static String encodeUriComponent(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-_.!~*'()".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
