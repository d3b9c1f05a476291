package dev.rehearsal.aws.ecr;

import dev.rehearsal.aws.ecr.store.BlobInfo;
import dev.rehearsal.aws.ecr.store.BlobStore;
import dev.rehearsal.aws.ecr.store.Digest;
import dev.rehearsal.aws.ecr.store.Upload;
import dev.rehearsal.aws.ecr.store.Uploads;
import dev.rehearsal.core.ecr.ImageTag;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The images of repositories: one path for ECR's {@code PutImage} and the registry's manifest
 * {@code PUT}, one for reading and deleting, so that both faces of ECR store, check and refuse
 * alike. Refusals carry the registry's code and ECR's exception together ({@link
 * RegistryException}).
 */
public final class Images {
  private final EcrStore store;
  private final BlobStore blobs;
  private final Clock clock;
  private final String registryId;

  public Images(EcrStore store, BlobStore blobs, Clock clock, String registryId) {
    this.store = store;
    this.blobs = blobs;
    this.clock = clock;
    this.registryId = registryId;
  }

  /** A stored manifest and its bytes, as pushed. */
  public record StoredManifest(ImageEntity image, byte[] bytes) {}

  /** What a push did: the image, and whether an identical one was already there. */
  public record Pushed(ImageEntity image, boolean alreadyThere) {}

  /** The image {@code reference} (a tag or a digest) names in {@code repository}, if any. */
  public Optional<StoredManifest> find(RepositoryEntity repository, String reference) {
    String digest = reference.contains(":") ? reference : repository.imageTags().get(reference);
    if (digest == null) {
      return Optional.empty();
    }
    ImageEntity image = repository.images().get(digest);
    if (image == null) {
      return Optional.empty();
    }
    return Optional.of(new StoredManifest(image, blobs.read(Digest.parse(digest))));
  }

  /**
   * The upload session {@code id} of {@code repository}: an upload started for another repository
   * is not found here, as ECR's {@code uploadId}s belong to one repository.
   *
   * @throws RegistryException {@code BLOB_UPLOAD_UNKNOWN} / {@code UploadNotFoundException}
   */
  public static Upload upload(Uploads uploads, RepositoryEntity repository, String id) {
    return uploads
        .find(id)
        .filter(upload -> upload.repository().equals(repository.name()))
        .orElseThrow(
            () ->
                new RegistryException(
                    RegistryErrorCode.BLOB_UPLOAD_UNKNOWN,
                    AwsErrorCode.ECR_UPLOAD_NOT_FOUND,
                    "The upload with id '"
                        + id
                        + "' does not exist in the repository with name '"
                        + repository.name()
                        + "'"));
  }

  /** Links a blob into a repository, as a completed layer upload (or a mount) does. */
  public void linkLayer(String repository, BlobInfo blob) {
    store.change(
        repository,
        current ->
            current == null ? null : current.withLayer(blob.digest().toString(), blob.size()));
  }

  /**
   * Stores a manifest in {@code repository}, tagged {@code tag} if given, after checking what ECR
   * checks: the digest the client named, every referenced layer linked into the repository, every
   * referenced manifest present, tag immutability.
   */
  public Pushed put(
      String repository,
      byte[] bytes,
      Optional<String> declaredType,
      Optional<String> tag,
      Optional<String> expectedDigest) {
    Manifest manifest = Manifest.parse(bytes, declaredType);
    // Named by digest, a manifest is addressed with that digest's algorithm (OCI distribution
    // spec, "Pushing Manifests": sha512 as well as sha256); by tag, with sha256, as ECR does.
    String algorithm = expectedDigest.map(d -> Digest.parse(d).algorithm()).orElse(Digest.SHA256);
    String digest =
        Digest.of(algorithm, Digest.newMessageDigest(algorithm).digest(bytes)).toString();
    if (expectedDigest.isPresent() && !expectedDigest.get().equals(digest)) {
      throw new RegistryException(
          RegistryErrorCode.DIGEST_INVALID,
          AwsErrorCode.ECR_IMAGE_DIGEST_DOES_NOT_MATCH,
          "Manifest digest "
              + expectedDigest.get()
              + " does not match the actual digest "
              + digest
              + " of the uploaded content");
    }
    tag.ifPresent(ImageTag::parse);
    blobs.put(bytes, Digest.parse(digest));
    // Set inside the store's change, which runs once, under the store's lock.
    AtomicBoolean alreadyThere = new AtomicBoolean();
    RepositoryEntity after =
        store.change(
            repository,
            current -> {
              if (current == null) {
                throw EcrErrors.repositoryNotFound(repository, registryId);
              }
              checkReferences(current, manifest);
              Map<String, ImageEntity> images = new HashMap<>(current.images());
              Map<String, String> tags = new HashMap<>(current.imageTags());
              ImageEntity existing = images.get(digest);
              if (tag.isPresent()) {
                String previous = tags.get(tag.get());
                if (digest.equals(previous)) {
                  alreadyThere.set(true);
                  return current;
                }
                if (previous != null && current.immutableTags()) {
                  throw new RegistryException(
                      RegistryErrorCode.TAG_INVALID,
                      AwsErrorCode.ECR_IMAGE_TAG_ALREADY_EXISTS,
                      "The image tag '"
                          + tag.get()
                          + "' already exists in the '"
                          + repository
                          + "' repository and cannot be overwritten because the tag is"
                          + " immutable.");
                }
                tags.put(tag.get(), digest);
              } else if (existing != null) {
                alreadyThere.set(true);
                return current;
              }
              if (existing == null) {
                images.put(
                    digest,
                    new ImageEntity(
                        digest,
                        manifest.mediaType(),
                        manifest.artifactType(),
                        bytes.length,
                        manifest.contentSize(),
                        clock.instant(),
                        manifest.blobs().stream().map(Manifest.Descriptor::digest).toList(),
                        manifest.manifests().stream().map(Manifest.Descriptor::digest).toList(),
                        manifest.subject().orElse(null)));
              }
              return current.withImages(images, tags);
            });
    return new Pushed(after.images().get(digest), alreadyThere.get());
  }

  private static void checkReferences(RepositoryEntity repository, Manifest manifest) {
    List<String> missingLayers = new ArrayList<>();
    for (Manifest.Descriptor blob : manifest.blobs()) {
      if (!repository.layers().containsKey(blob.digest()) && !blob.foreign()) {
        missingLayers.add(blob.digest());
      }
    }
    if (!missingLayers.isEmpty()) {
      throw new RegistryException(
          RegistryErrorCode.MANIFEST_BLOB_UNKNOWN,
          AwsErrorCode.ECR_LAYERS_NOT_FOUND,
          "Layers with digests '"
              + missingLayers
              + "' required for pushing image into repository with name '"
              + repository.name()
              + "' in the registry with id '"
              + repository.registryId()
              + "' do not exist");
    }
    for (Manifest.Descriptor child : manifest.manifests()) {
      if (!repository.images().containsKey(child.digest())) {
        throw new RegistryException(
            RegistryErrorCode.MANIFEST_BLOB_UNKNOWN,
            AwsErrorCode.ECR_REFERENCED_IMAGES_NOT_FOUND,
            "Manifest references image "
                + child.digest()
                + " that does not exist in the repository with name '"
                + repository.name()
                + "'");
      }
    }
  }

  /** Why an image could not be deleted, in ECR's {@code ImageFailure} terms. */
  public record Failure(String code, String reason) {}

  /**
   * Deletes what {@code reference} names: a digest removes the image and its tags, a tag removes
   * the tag and, when no tag is left, the image (ECR API Reference, BatchDeleteImage).
   *
   * @return empty when deleted, else ECR's failure
   */
  public Optional<Failure> delete(String repository, String reference) {
    // Set inside the store's change, which runs once, under the store's lock.
    AtomicReference<Failure> failure = new AtomicReference<>();
    store.change(
        repository,
        current -> {
          if (current == null) {
            throw EcrErrors.repositoryNotFound(repository, registryId);
          }
          Map<String, ImageEntity> images = new HashMap<>(current.images());
          Map<String, String> tags = new HashMap<>(current.imageTags());
          String digest = reference.contains(":") ? reference : tags.get(reference);
          if (digest == null || !images.containsKey(digest)) {
            failure.set(new Failure("ImageNotFound", "Requested image not found"));
            return current;
          }
          if (!reference.contains(":")) {
            tags.remove(reference);
            if (tags.containsValue(digest)) {
              return current.withImages(images, tags);
            }
          }
          for (ImageEntity other : images.values()) {
            if (other.manifests().contains(digest)) {
              failure.set(
                  new Failure(
                      "ImageReferencedByManifestList",
                      "Requested image referenced by manifest list: [" + other.digest() + "]"));
              return current;
            }
          }
          images.remove(digest);
          tags.values().removeIf(digest::equals);
          return current.withImages(images, tags);
        });
    return Optional.ofNullable(failure.get());
  }
}
