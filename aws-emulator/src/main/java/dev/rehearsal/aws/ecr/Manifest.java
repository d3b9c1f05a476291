package dev.rehearsal.aws.ecr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An image manifest or index as pushed, read for what the registry must check: its media type, the
 * blobs (config and layers) and manifests it references, its {@code subject} and {@code
 * artifactType} (OCI image spec 1.1 "Image Manifest", "Image Index"; Docker "Image Manifest V 2,
 * Schema 2").
 */
public record Manifest(
    String mediaType,
    String artifactType,
    List<Descriptor> blobs,
    List<Descriptor> manifests,
    Optional<String> subject) {

  /** A reference to content by digest, with its size, media type and where else it lives. */
  public record Descriptor(String digest, long size, String mediaType, boolean hasUrls) {
    /**
     * A layer the registry does not hold: non-distributable (OCI image spec, "Image Layer
     * Filesystem Changeset": {@code .nondistributable.}) or Docker's foreign layers, fetched from
     * their {@code urls}; not required to be pushed, as distribution/distribution does not require
     * them.
     */
    public boolean foreign() {
      return hasUrls
          && (mediaType.contains(".nondistributable.") || mediaType.contains(".foreign."));
    }
  }

  public static final String DOCKER_MANIFEST =
      "application/vnd.docker.distribution.manifest.v2+json";
  public static final String DOCKER_LIST =
      "application/vnd.docker.distribution.manifest.list.v2+json";
  public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
  public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";

  /** The manifest media types ECR stores ("Amazon ECR image manifest format support"). */
  public static final Set<String> SUPPORTED =
      Set.of(DOCKER_MANIFEST, DOCKER_LIST, OCI_MANIFEST, OCI_INDEX);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public boolean isIndex() {
    return mediaType.equals(DOCKER_LIST) || mediaType.equals(OCI_INDEX);
  }

  /** Sum of the referenced blobs' sizes: what {@code DescribeImages} reports as the image size. */
  public long contentSize() {
    long total = 0;
    for (Descriptor blob : blobs) {
      total += blob.size();
    }
    return total;
  }

  /**
   * Reads {@code bytes} as a manifest of the media type its {@code mediaType} field names, else of
   * {@code declared} (the request's {@code Content-Type} or {@code imageManifestMediaType}).
   *
   * @throws RegistryException {@code MANIFEST_INVALID} naming what is wrong
   */
  public static Manifest parse(byte[] bytes, Optional<String> declared) {
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw invalid(
          "the manifest is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw invalid("the manifest must be a JSON object");
    }
    if (root.path("schemaVersion").asInt(-1) != 2) {
      throw invalid(
          "schemaVersion must be 2 (Docker schema 1 manifests are not stored), got "
              + root.path("schemaVersion"));
    }
    Optional<String> inDocument = text(root, "mediaType");
    Optional<String> header = declared.map(Manifest::withoutParameters).filter(s -> !s.isEmpty());
    if (inDocument.isPresent()
        && header.isPresent()
        && !inDocument.get().equals(header.get())
        && SUPPORTED.contains(header.get())) {
      throw invalid(
          "the manifest's mediaType "
              + inDocument.get()
              + " does not match the declared media type "
              + header.get());
    }
    String mediaType =
        inDocument.or(() -> header).orElse(root.has("manifests") ? OCI_INDEX : OCI_MANIFEST);
    if (!SUPPORTED.contains(mediaType)) {
      throw new RegistryException(
          RegistryErrorCode.MANIFEST_INVALID,
          AwsErrorCode.ECR_UNSUPPORTED_IMAGE_TYPE,
          "unsupported manifest media type " + mediaType + "; supported: " + SUPPORTED);
    }
    boolean index = mediaType.equals(DOCKER_LIST) || mediaType.equals(OCI_INDEX);
    List<Descriptor> blobs = new ArrayList<>();
    List<Descriptor> manifests = new ArrayList<>();
    if (index) {
      manifests.addAll(descriptors(root, "manifests", true));
    } else {
      JsonNode config = root.get("config");
      if (config == null || !config.isObject()) {
        throw invalid("an image manifest needs a config descriptor");
      }
      blobs.add(descriptor(config, "config"));
      blobs.addAll(descriptors(root, "layers", !mediaType.equals(OCI_MANIFEST)));
    }
    Optional<String> subject = Optional.empty();
    if (root.has("subject")) {
      subject = Optional.of(descriptor(root.get("subject"), "subject").digest());
    }
    String artifactType =
        text(root, "artifactType").orElse(index ? null : blobs.get(0).mediaType());
    return new Manifest(mediaType, artifactType, blobs, manifests, subject);
  }

  private static List<Descriptor> descriptors(JsonNode root, String field, boolean required) {
    JsonNode array = root.get(field);
    if (array == null) {
      if (required) {
        throw invalid("the manifest needs a '" + field + "' array");
      }
      return List.of();
    }
    if (!array.isArray()) {
      throw invalid("'" + field + "' must be an array");
    }
    List<Descriptor> list = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      list.add(descriptor(array.get(i), field + "[" + i + "]"));
    }
    return list;
  }

  private static Descriptor descriptor(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw invalid(where + " must be a descriptor object");
    }
    String digest = text(node, "digest").orElseThrow(() -> invalid(where + " has no digest"));
    try {
      dev.rehearsal.aws.ecr.store.Digest.parse(digest);
    } catch (RegistryException e) {
      throw invalid(where + ".digest is not a valid digest: " + digest);
    }
    JsonNode size = node.get("size");
    if (size == null || !size.canConvertToLong() || size.asLong() < 0) {
      throw invalid(where + ".size must be a non-negative integer");
    }
    String mediaType =
        text(node, "mediaType").orElseThrow(() -> invalid(where + " has no mediaType"));
    JsonNode urls = node.get("urls");
    return new Descriptor(
        digest, size.asLong(), mediaType, urls != null && urls.isArray() && !urls.isEmpty());
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static String withoutParameters(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
  }

  private static RegistryException invalid(String message) {
    return new RegistryException(
        RegistryErrorCode.MANIFEST_INVALID, AwsErrorCode.ECR_INVALID_PARAMETER, message);
  }
}
