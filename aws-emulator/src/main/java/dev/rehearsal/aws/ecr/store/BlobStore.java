package dev.rehearsal.aws.ecr.store;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Content-addressed blob storage: {@code root/sha256/ab/abcdef…}. A blob appears only by an atomic
 * rename of a complete, verified, fsynced file, so a reader sees a whole blob or none, and a crash
 * leaves at most a temporary file under {@code root/.tmp}, removed when the next store starts. Two
 * writers of the same content both succeed: the second rename replaces identical bytes (or is
 * skipped when the blob is already there).
 */
public final class BlobStore {
  /** The largest blob {@link #read} returns: manifests and configs, not layers. */
  public static final int READ_LIMIT = 4 * 1024 * 1024;

  private static final String TEMP = ".tmp";

  private final Path root;
  private final Path temp;

  public BlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.temp = this.root.resolve(TEMP);
    StoreFiles.createDirectories(this.temp);
    cleanTemporaryFiles();
  }

  public Path root() {
    return root;
  }

  public Optional<BlobInfo> stat(Digest digest) {
    try {
      return Optional.of(new BlobInfo(digest, Files.size(path(digest))));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stat blob " + digest, e);
    }
  }

  public boolean contains(Digest digest) {
    return Files.isRegularFile(path(digest));
  }

  /** The blob's file, for zero-copy sending and ranged reads; never write to it. */
  public Optional<Path> file(Digest digest) {
    Path file = path(digest);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * The whole content of a small blob (a manifest or an image config).
   *
   * @throws RegistryException BLOB_UNKNOWN if there is no such blob; MANIFEST_INVALID if it is
   *     larger than {@link #READ_LIMIT} (stream it with {@link #file} instead)
   */
  public byte[] read(Digest digest) {
    BlobInfo info =
        stat(digest)
            .orElseThrow(
                () ->
                    new RegistryException(
                        RegistryErrorCode.BLOB_UNKNOWN,
                        AwsErrorCode.ECR_LAYERS_NOT_FOUND,
                        "blob " + digest + " is not in the registry"));
    if (info.size() > READ_LIMIT) {
      throw new RegistryException(
          RegistryErrorCode.MANIFEST_INVALID,
          AwsErrorCode.ECR_INVALID_PARAMETER,
          "blob "
              + digest
              + " is "
              + info.size()
              + " bytes; only blobs up to "
              + READ_LIMIT
              + " bytes (manifests, configs) are read whole");
    }
    try {
      return Files.readAllBytes(path(digest));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read blob " + digest, e);
    }
  }

  /** Stores small content (a manifest) under its sha256 digest, atomically. */
  public BlobInfo put(byte[] content) {
    return putSmall(content, Digest.sha256Of(content));
  }

  /**
   * Stores small content (a manifest pushed by digest) after checking it has digest {@code
   * expected}.
   *
   * @throws RegistryException DIGEST_INVALID / ImageDigestDoesNotMatchException if it has not
   */
  public BlobInfo put(byte[] content, Digest expected) {
    Digest computed = Digest.of(expected.algorithm(), expected.newMessageDigest().digest(content));
    if (!computed.equals(expected)) {
      throw new RegistryException(
          RegistryErrorCode.DIGEST_INVALID,
          AwsErrorCode.ECR_IMAGE_DIGEST_DOES_NOT_MATCH,
          "the content's digest is " + computed + ", not the expected " + expected);
    }
    return putSmall(content, computed);
  }

  /**
   * Streams {@code content} into the store, digesting it as it is written; the blob becomes visible
   * only once its size and digest are verified and it is on disk.
   *
   * @param expected the digest the content must have (its algorithm is used); sha256 if absent
   * @param expectedSize the size the content must have; no more than this is read from the stream
   * @throws RegistryException DIGEST_INVALID / InvalidLayerException, SIZE_INVALID /
   *     InvalidLayerException
   */
  public BlobInfo put(InputStream content, Optional<Digest> expected, OptionalLong expectedSize) {
    Objects.requireNonNull(content, "content");
    MessageDigest digest =
        expected
            .map(Digest::newMessageDigest)
            .orElseGet(() -> Digest.newMessageDigest(Digest.SHA256));
    String algorithm = expected.map(Digest::algorithm).orElse(Digest.SHA256);
    long limit = expectedSize.orElse(Long.MAX_VALUE);
    Path file = newTemporaryFile();
    try {
      long size;
      try (FileChannel channel = StoreFiles.createFile(file)) {
        size = StoreFiles.copy(content, channel, digest, limit);
        checkSize(size, expectedSize);
        Digest computed = Digest.of(algorithm, digest.digest());
        if (expected.isPresent()) {
          checkDigest(expected.get(), computed, size);
        }
        channel.force(true);
        return commit(file, computed, size);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store a blob via " + file, e);
    } finally {
      StoreFiles.deleteQuietly(file); // gone already after a commit
    }
  }

  /** The path a blob with this digest has (whether or not it is there). */
  Path path(Digest digest) {
    String hex = digest.hex();
    return root.resolve(digest.algorithm()).resolve(hex.substring(0, 2)).resolve(hex);
  }

  /**
   * Makes {@code file} (complete, verified, forced to disk, on this store's file system) the blob
   * {@code digest} by an atomic rename; if the blob is already there, {@code file} is deleted.
   */
  BlobInfo commit(Path file, Digest digest, long size) throws IOException {
    Path target = path(digest);
    if (Files.isRegularFile(target) && Files.size(target) == size) {
      Files.deleteIfExists(file);
      return new BlobInfo(digest, size);
    }
    StoreFiles.createDirectories(target.getParent());
    StoreFiles.moveAtomically(file, target);
    StoreFiles.syncDirectory(target.getParent());
    return new BlobInfo(digest, size);
  }

  static void checkSize(long size, OptionalLong expectedSize) {
    if (expectedSize.isPresent() && size != expectedSize.getAsLong()) {
      throw new RegistryException(
          RegistryErrorCode.SIZE_INVALID,
          AwsErrorCode.ECR_INVALID_LAYER,
          size > expectedSize.getAsLong()
              ? "the content is longer than the expected " + expectedSize.getAsLong() + " bytes"
              : "the content is " + size + " bytes, not the expected " + expectedSize.getAsLong());
    }
  }

  static void checkDigest(Digest expected, Digest computed, long size) {
    if (!computed.equals(expected)) {
      throw new RegistryException(
          RegistryErrorCode.DIGEST_INVALID,
          AwsErrorCode.ECR_INVALID_LAYER,
          "the uploaded content ("
              + size
              + " bytes) has digest "
              + computed
              + ", not the expected "
              + expected);
    }
  }

  private BlobInfo putSmall(byte[] content, Digest digest) {
    if (stat(digest).map(info -> info.size() == content.length).orElse(false)) {
      return new BlobInfo(digest, content.length);
    }
    Path file = newTemporaryFile();
    try {
      StoreFiles.writeNewFile(file, content);
      return commit(file, digest, content.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store blob " + digest, e);
    } finally {
      StoreFiles.deleteQuietly(file);
    }
  }

  private Path newTemporaryFile() {
    return temp.resolve(UUID.randomUUID() + ".tmp");
  }

  private void cleanTemporaryFiles() {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(temp)) {
      for (Path file : files) {
        StoreFiles.deleteTree(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + temp, e);
    }
  }
}
