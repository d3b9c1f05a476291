package dev.rehearsal.aws.ecr;

import dev.rehearsal.aws.ecr.EcrShapes.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A repository as stored: its settings as {@code CreateRepository} took them, its tags and policy,
 * its images by digest, its image tags (tag → digest), and the layers linked into it (ECR's layers
 * belong to a repository: {@code BatchCheckLayerAvailability} answers per repository).
 */
public record RepositoryEntity(
    String name,
    String arn,
    String registryId,
    Instant createdAt,
    String imageTagMutability,
    boolean scanOnPush,
    String encryptionType,
    String kmsKey,
    List<Tag> tags,
    String policyText,
    Map<String, ImageEntity> images,
    Map<String, String> imageTags,
    Map<String, Long> layers) {
  public RepositoryEntity {
    tags = List.copyOf(tags);
    images = Map.copyOf(images);
    imageTags = Map.copyOf(imageTags);
    layers = Map.copyOf(layers);
  }

  public boolean immutableTags() {
    return imageTagMutability.startsWith("IMMUTABLE");
  }

  public Optional<String> policy() {
    return Optional.ofNullable(policyText);
  }

  /** The tags pointing at {@code digest}, sorted. */
  public List<String> tagsOf(String digest) {
    List<String> result = new ArrayList<>();
    new TreeMap<>(imageTags)
        .forEach(
            (tag, target) -> {
              if (target.equals(digest)) {
                result.add(tag);
              }
            });
    return result;
  }

  /** The images, oldest push first, then by digest: a stable order for listings and pages. */
  public List<ImageEntity> imagesInOrder() {
    List<ImageEntity> list = new ArrayList<>(images.values());
    list.sort(Comparator.comparing(ImageEntity::pushedAt).thenComparing(ImageEntity::digest));
    return list;
  }

  public RepositoryEntity withTagMutability(String mutability) {
    return new RepositoryEntity(
        name,
        arn,
        registryId,
        createdAt,
        mutability,
        scanOnPush,
        encryptionType,
        kmsKey,
        tags,
        policyText,
        images,
        imageTags,
        layers);
  }

  public RepositoryEntity withTags(List<Tag> newTags) {
    return new RepositoryEntity(
        name,
        arn,
        registryId,
        createdAt,
        imageTagMutability,
        scanOnPush,
        encryptionType,
        kmsKey,
        newTags,
        policyText,
        images,
        imageTags,
        layers);
  }

  public RepositoryEntity withPolicy(String text) {
    return new RepositoryEntity(
        name,
        arn,
        registryId,
        createdAt,
        imageTagMutability,
        scanOnPush,
        encryptionType,
        kmsKey,
        tags,
        text,
        images,
        imageTags,
        layers);
  }

  public RepositoryEntity withLayer(String digest, long size) {
    Map<String, Long> next = new LinkedHashMap<>(layers);
    next.put(digest, size);
    return new RepositoryEntity(
        name,
        arn,
        registryId,
        createdAt,
        imageTagMutability,
        scanOnPush,
        encryptionType,
        kmsKey,
        tags,
        policyText,
        images,
        imageTags,
        next);
  }

  public RepositoryEntity withImages(
      Map<String, ImageEntity> newImages, Map<String, String> tagIndex) {
    return new RepositoryEntity(
        name,
        arn,
        registryId,
        createdAt,
        imageTagMutability,
        scanOnPush,
        encryptionType,
        kmsKey,
        tags,
        policyText,
        newImages,
        tagIndex,
        layers);
  }
}
