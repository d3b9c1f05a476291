package dev.rehearsal.aws.registry;

import dev.rehearsal.aws.support.Clients;
import dev.rehearsal.aws.support.EcrFixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.ecr.EcrClient;

/**
 * A registry client as thin as the spec: the JDK's HTTP client, Basic auth with the password {@code
 * GetAuthorizationToken} gave, and the requests of a push and a pull.
 */
final class RegistryHttp {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String authorization;

  private RegistryHttp(String authorization) {
    this.authorization = authorization;
  }

  /** A client logged in as {@code credentials}' identity, as {@code docker login} would be. */
  static RegistryHttp loggedInAs(AwsCredentials credentials) {
    try (EcrClient ecr = Clients.ecr(credentials)) {
      return new RegistryHttp(
          "Basic " + ecr.getAuthorizationToken().authorizationData().get(0).authorizationToken());
    }
  }

  /** The {@code Authorization} header this client sends. */
  String authorization() {
    return authorization;
  }

  static RegistryHttp withAuthorization(String header) {
    return new RegistryHttp(header);
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(String method, String path, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Clients.endpoint() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A monolithic blob upload: POST for a session, then PUT with the content and its digest. */
  HttpResponse<String> pushBlob(String repository, byte[] content, String digest) {
    HttpResponse<String> started = send("POST", "/v2/" + repository + "/blobs/uploads/", null);
    if (started.statusCode() != 202) {
      return started;
    }
    String location = started.headers().firstValue("Location").orElseThrow();
    return send(
        "PUT", location + "?digest=" + digest, content, "Content-Type", "application/octet-stream");
  }

  /** An OCI image manifest over one config and one layer. */
  static String manifest(byte[] config, byte[] layer) {
    return """
        {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",\
        "config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%s","size":%d},\
        "layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"%s","size":%d}]}"""
        .formatted(
            EcrFixtures.sha256(config), config.length, EcrFixtures.sha256(layer), layer.length);
  }

  /** Pushes config, layer and a tagged manifest; returns the manifest PUT's response. */
  HttpResponse<String> pushImage(String repository, String tag, byte[] config, byte[] layer) {
    pushBlob(repository, config, EcrFixtures.sha256(config));
    pushBlob(repository, layer, EcrFixtures.sha256(layer));
    return send(
        "PUT",
        "/v2/" + repository + "/manifests/" + tag,
        manifest(config, layer).getBytes(StandardCharsets.UTF_8),
        "Content-Type",
        "application/vnd.oci.image.manifest.v1+json");
  }
}
