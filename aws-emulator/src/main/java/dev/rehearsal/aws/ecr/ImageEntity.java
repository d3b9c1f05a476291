package dev.rehearsal.aws.ecr;

import java.time.Instant;
import java.util.List;

/**
 * An image manifest stored in a repository, by digest: its media type, the size ECR reports (the
 * manifest's layers, compressed, as {@code DescribeImages}'s {@code imageSizeInBytes}), when it was
 * pushed, the blobs and manifests it references, and the manifest it is an artifact of ({@code
 * subject}, OCI image spec 1.1), if any.
 */
public record ImageEntity(
    String digest,
    String mediaType,
    String artifactType,
    long manifestSize,
    long imageSize,
    Instant pushedAt,
    List<String> blobs,
    List<String> manifests,
    String subject) {
  public ImageEntity {
    blobs = List.copyOf(blobs);
    manifests = List.copyOf(manifests);
  }
}
