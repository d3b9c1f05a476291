package dev.rehearsal.aws.ecr.store;

import java.util.Objects;

/** A stored blob: its digest and its size in bytes. */
public record BlobInfo(Digest digest, long size) {
  public BlobInfo {
    Objects.requireNonNull(digest, "digest");
    if (size < 0) {
      throw new IllegalArgumentException("negative size " + size);
    }
  }
}
