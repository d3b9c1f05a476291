package dev.rehearsal.aws.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.aws.ecr.ImageEntity;
import dev.rehearsal.aws.ecr.Images;
import dev.rehearsal.aws.ecr.Manifest;
import dev.rehearsal.aws.ecr.RepositoryEntity;
import dev.rehearsal.aws.ecr.store.Digest;
import dev.rehearsal.core.ecr.RegistryOperation;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Manifests by tag or digest, the tag list with {@code n}/{@code last} pagination, and the
 * referrers API (OCI distribution spec 1.1, "Pulling manifests", "Pushing manifests", "Listing
 * tags", "Listing referrers", "Deleting manifests"). Manifests are stored through {@link Images},
 * the path ECR's {@code PutImage} takes too.
 */
final class ManifestRoutes {
  /** ECR's limit on an image manifest's size (botocore {@code ImageManifest}: max 4 MiB). */
  static final int MANIFEST_LIMIT = 4 * 1024 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Images images;

  ManifestRoutes(Images images) {
    this.images = images;
  }

  void manifest(RegistryRoutes.Scope scope, String method, String reference) {
    Exchange exchange = scope.exchange;
    switch (method) {
      case "GET", "HEAD" -> {
        scope.authorise(
            method.equals("GET")
                ? RegistryOperation.GET_MANIFEST
                : RegistryOperation.CHECK_MANIFEST);
        Images.StoredManifest stored =
            images.find(scope.repository, reference).orElseThrow(() -> unknown(reference));
        var response =
            exchange
                .response(200)
                .putHeader("Content-Type", stored.image().mediaType())
                .putHeader("Docker-Content-Digest", stored.image().digest())
                .putHeader("Content-Length", String.valueOf(stored.bytes().length));
        if (method.equals("HEAD")) {
          response.end();
        } else {
          response.end(Buffer.buffer(stored.bytes()));
        }
      }
      case "PUT" -> {
        scope.authorise(RegistryOperation.PUT_MANIFEST);
        byte[] bytes = readManifest(exchange.body());
        boolean byDigest = reference.contains(":");
        if (byDigest) {
          Digest.parse(reference);
        }
        Images.Pushed pushed =
            images.put(
                scope.repository.name(),
                bytes,
                Optional.ofNullable(exchange.header("Content-Type")),
                byDigest ? Optional.empty() : Optional.of(reference),
                byDigest ? Optional.of(reference) : Optional.empty());
        var response =
            exchange
                .response(201)
                .putHeader("Location", scope.prefix() + "/manifests/" + pushed.image().digest())
                .putHeader("Docker-Content-Digest", pushed.image().digest())
                .putHeader("Content-Length", "0");
        if (pushed.image().subject() != null) {
          // The spec: a registry that processes subject says so with OCI-Subject.
          response.putHeader("OCI-Subject", pushed.image().subject());
        }
        response.end();
      }
      case "DELETE" -> {
        scope.authorise(RegistryOperation.DELETE_MANIFEST);
        Optional<Images.Failure> failure = images.delete(scope.repository.name(), reference);
        if (failure.isPresent()) {
          if (failure.get().code().equals("ImageNotFound")) {
            throw unknown(reference);
          }
          throw new RegistryException(
              RegistryErrorCode.DENIED, AwsErrorCode.ECR_INVALID_PARAMETER, failure.get().reason());
        }
        exchange.empty(202);
      }
      default -> throw BlobRoutes.notAllowed(method, "manifests");
    }
  }

  void tags(RegistryRoutes.Scope scope, String method) {
    if (!method.equals("GET")) {
      throw BlobRoutes.notAllowed(method, "the tag list");
    }
    scope.authorise(RegistryOperation.LIST_TAGS);
    Exchange exchange = scope.exchange;
    List<String> all = new ArrayList<>(new TreeSet<>(scope.repository.imageTags().keySet()));
    String last = exchange.query("last");
    if (last != null) {
      all.removeIf(tag -> tag.compareTo(last) <= 0);
    }
    String n = exchange.query("n");
    int limit = all.size();
    if (n != null) {
      try {
        limit = Math.max(0, Integer.parseInt(n));
      } catch (NumberFormatException e) {
        throw new RegistryException(
            RegistryErrorCode.UNSUPPORTED,
            AwsErrorCode.ECR_INVALID_PARAMETER,
            "n must be an integer");
      }
    }
    List<String> page = all.subList(0, Math.min(limit, all.size()));
    ObjectNode body = MAPPER.createObjectNode();
    body.put("name", scope.repository.name());
    ArrayNode tags = body.putArray("tags");
    page.forEach(tags::add);
    var response = exchange.response(200);
    if (page.size() < all.size() && !page.isEmpty()) {
      response.putHeader(
          "Link",
          "<"
              + scope.prefix()
              + "/tags/list?n="
              + limit
              + "&last="
              + URLEncoder.encode(page.get(page.size() - 1), StandardCharsets.UTF_8)
              + ">; rel=\"next\"");
    }
    exchange.json(200, Buffer.buffer(write(body)));
  }

  void referrers(RegistryRoutes.Scope scope, String method, String reference) {
    if (!method.equals("GET")) {
      throw BlobRoutes.notAllowed(method, "referrers");
    }
    scope.authorise(RegistryOperation.LIST_REFERRERS);
    String subject = Digest.parse(reference).toString();
    String artifactType = scope.exchange.query("artifactType");
    ObjectNode index = MAPPER.createObjectNode();
    index.put("schemaVersion", 2);
    index.put("mediaType", Manifest.OCI_INDEX);
    ArrayNode manifests = index.putArray("manifests");
    RepositoryEntity repository = scope.repository;
    for (ImageEntity image : repository.imagesInOrder()) {
      if (!subject.equals(image.subject())) {
        continue;
      }
      if (artifactType != null && !artifactType.equals(image.artifactType())) {
        continue;
      }
      ObjectNode descriptor = manifests.addObject();
      descriptor.put("mediaType", image.mediaType());
      descriptor.put("digest", image.digest());
      descriptor.put("size", image.manifestSize());
      if (image.artifactType() != null) {
        descriptor.put("artifactType", image.artifactType());
      }
      JsonNode annotations = annotations(repository, image);
      if (annotations != null) {
        descriptor.set("annotations", annotations);
      }
    }
    var response = scope.exchange.response(200);
    if (artifactType != null) {
      response.putHeader("OCI-Filters-Applied", "artifactType");
    }
    byte[] bytes = write(index);
    response
        .putHeader("Content-Type", Manifest.OCI_INDEX)
        .putHeader("Content-Length", String.valueOf(bytes.length))
        .end(Buffer.buffer(bytes));
  }

  private JsonNode annotations(RepositoryEntity repository, ImageEntity image) {
    try {
      byte[] bytes = images.find(repository, image.digest()).orElseThrow().bytes();
      JsonNode node = MAPPER.readTree(bytes).get("annotations");
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] readManifest(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MANIFEST_LIMIT + 1);
      if (bytes.length > MANIFEST_LIMIT) {
        throw new RegistryException(
            RegistryErrorCode.SIZE_INVALID,
            AwsErrorCode.ECR_INVALID_PARAMETER,
            "a manifest is at most " + MANIFEST_LIMIT + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static RegistryException unknown(String reference) {
    return new RegistryException(
        RegistryErrorCode.MANIFEST_UNKNOWN,
        AwsErrorCode.ECR_IMAGE_NOT_FOUND,
        "Requested image not found: " + reference);
  }
}
