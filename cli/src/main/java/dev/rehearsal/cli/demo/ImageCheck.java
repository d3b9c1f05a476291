package dev.rehearsal.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.UserError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.services.ecr.model.Image;
import software.amazon.awssdk.services.ecr.model.ImageIdentifier;

/**
 * The image pulled back as a client pulls it, and checked: ECR's {@code BatchGetImage} says which
 * manifest the tag names; the registry serves that manifest (its sha256 is the digest) and each
 * blob it lists (each blob's sha256 is its digest); the workspace's {@code hello.txt} is in a
 * layer. As the account's root, logged in with ECR's {@code GetAuthorizationToken} password.
 */
final class ImageCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCEPT =
      "application/vnd.docker.distribution.manifest.v2+json,"
          + "application/vnd.oci.image.manifest.v1+json";
  private static final String FILE = "hello.txt";

  /** What was pulled: the tag's digest (ECR's and the registry's), and the file it holds. */
  record Pulled(String ecrDigest, String registryDigest, int blobs, Optional<String> file) {}

  private final DemoWorld world;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  ImageCheck(DemoWorld world) {
    this.world = world;
  }

  Pulled pull() {
    Image image =
        world
            .aws()
            .ecr()
            .batchGetImage(
                r ->
                    r.repositoryName(Seed.REPOSITORY)
                        .imageIds(ImageIdentifier.builder().imageTag(Seed.TAG).build()))
            .images()
            .stream()
            .findFirst()
            .orElseThrow(
                () -> new UserError("ECR has no image " + Seed.REPOSITORY + ":" + Seed.TAG));
    String authorization = "Basic " + password();
    byte[] manifest = get("manifests/" + Seed.TAG, authorization);
    JsonNode parsed = parse(manifest);
    List<String> blobs = new ArrayList<>();
    blobs.add(parsed.path("config").path("digest").asText());
    parsed.path("layers").forEach(layer -> blobs.add(layer.path("digest").asText()));
    Optional<String> file = Optional.empty();
    for (int i = 0; i < blobs.size(); i++) {
      byte[] blob = get("blobs/" + blobs.get(i), authorization);
      if (!sha256(blob).equals(blobs.get(i))) {
        throw new UserError("the registry served blob " + blobs.get(i) + " with another digest");
      }
      if (i > 0 && file.isEmpty()) {
        file = fileInLayer(blob);
      }
    }
    return new Pulled(image.imageId().imageDigest(), sha256(manifest), blobs.size(), file);
  }

  /** The base64 of {@code AWS:PASSWORD}, as {@code docker login} sends it. */
  private String password() {
    return world
        .aws()
        .ecr()
        .getAuthorizationToken()
        .authorizationData()
        .get(0)
        .authorizationToken();
  }

  private byte[] get(String path, String authorization) {
    URI uri = URI.create(world.record().aws().url() + "/v2/" + Seed.REPOSITORY + "/" + path);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", authorization)
            .header("Accept", ACCEPT)
            .GET()
            .build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new UserError(
            "GET "
                + uri
                + ": "
                + response.statusCode()
                + " "
                + new String(response.body(), StandardCharsets.UTF_8));
      }
      return response.body();
    } catch (IOException e) {
      throw new UserError("GET " + uri + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while pulling the image", e);
    }
  }

  /**
   * {@code hello.txt} of a gzipped tar layer (POSIX ustar: 512-byte headers, each file padded to
   * 512 bytes; PAX extended headers are entries of their own, skipped).
   */
  static Optional<String> fileInLayer(byte[] layer) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(layer))) {
      byte[] tar = in.readAllBytes();
      int at = 0;
      while (at + 512 <= tar.length && tar[at] != 0) {
        String name = text(tar, at, 100);
        long size = Long.parseLong(text(tar, at + 124, 12).strip(), 8);
        byte type = tar[at + 156];
        boolean regularFile = type == '0' || type == 0; // not a PAX header ('x', 'g') or a link
        if (regularFile && (name.equals(FILE) || name.endsWith("/" + FILE))) {
          return Optional.of(new String(tar, at + 512, (int) size, StandardCharsets.UTF_8).strip());
        }
        at += 512 + (int) ((size + 511) / 512 * 512);
      }
      return Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String text(byte[] tar, int offset, int length) {
    int end = offset;
    while (end < offset + length && tar[end] != 0) {
      end++;
    }
    return new String(tar, offset, end - offset, StandardCharsets.US_ASCII).strip();
  }

  private static JsonNode parse(byte[] manifest) {
    try {
      return JSON.readTree(manifest);
    } catch (IOException e) {
      throw new UserError("the registry's manifest is not JSON: " + e.getMessage(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
