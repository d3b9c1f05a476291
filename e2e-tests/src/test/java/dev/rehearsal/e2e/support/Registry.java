package dev.rehearsal.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.services.ecr.EcrClient;

/**
 * ECR's registry read as {@code docker pull} reads it: {@code GET /v2/NAME/manifests/TAG} with the
 * password {@code GetAuthorizationToken} gives (user {@code AWS}, HTTP Basic).
 */
public final class Registry {
  /** The manifest types a docker or OCI client accepts, as {@code docker pull} asks for them. */
  private static final String ACCEPT =
      String.join(
          ",",
          "application/vnd.docker.distribution.manifest.v2+json",
          "application/vnd.docker.distribution.manifest.list.v2+json",
          "application/vnd.oci.image.manifest.v1+json",
          "application/vnd.oci.image.index.v1+json");

  private Registry() {}

  /**
   * A manifest as the registry serves it.
   *
   * @param digest the registry's {@code Docker-Content-Digest}
   * @param body the manifest's bytes
   */
  public record Manifest(String digest, byte[] body) {
    /** The digest of the bytes themselves: what a client checks the header against. */
    public String computedDigest() {
      return sha256(body);
    }
  }

  /** {@code repository:tag}, fetched with {@code ecr}'s authorization token. */
  public static Manifest manifest(EcrClient ecr, String registry, String repository, String tag) {
    String authorization =
        ecr.getAuthorizationToken().authorizationData().get(0).authorizationToken();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://" + registry + "/v2/" + repository + "/manifests/" + tag))
            .header("Authorization", "Basic " + authorization)
            .header("Accept", ACCEPT)
            .build();
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "GET manifest answered " + response.statusCode() + ": " + new String(response.body()));
      }
      return new Manifest(
          response.headers().firstValue("Docker-Content-Digest").orElse(""), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** {@code sha256:HEX} of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
