package dev.rehearsal.aws.ecr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RegistryErrorCode;
import dev.rehearsal.core.error.RegistryException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {
  @TempDir Path data;

  @Test
  void put_whenSmallContent_storesItUnderTwoLevelFanOutOwnerOnly() throws IOException {
    BlobStore store = new BlobStore(data.resolve("ecr/blobs"));
    byte[] manifest = "{\"schemaVersion\":2}".getBytes(StandardCharsets.UTF_8);

    BlobInfo info = store.put(manifest);

    Digest digest = Digest.sha256Of(manifest);
    assertThat(info).isEqualTo(new BlobInfo(digest, manifest.length));
    Path file =
        data.resolve("ecr/blobs/sha256/" + digest.hex().substring(0, 2) + "/" + digest.hex());
    assertThat(store.file(digest)).contains(file);
    assertThat(store.read(digest)).isEqualTo(manifest);
    assertThat(store.stat(digest)).contains(info);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    for (Path dir = file.getParent(); !dir.equals(data); dir = dir.getParent()) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
          .as(dir.toString())
          .isEqualTo("rwx------");
    }
  }

  @Test
  void put_whenSameContentTwice_returnsTheSameBlob() {
    BlobStore store = new BlobStore(data);
    byte[] content = "same".getBytes(StandardCharsets.UTF_8);

    BlobInfo first = store.put(content);
    BlobInfo second =
        store.put(new ByteArrayInputStream(content), Optional.empty(), OptionalLong.empty());

    assertThat(second).isEqualTo(first);
    assertThat(store.read(first.digest())).isEqualTo(content);
  }

  @Test
  void put_whenStreamedWithMatchingDigestAndSize_storesIt() {
    BlobStore store = new BlobStore(data);
    byte[] content = GeneratedStream.bytes(3_000_000, 7);
    Digest digest = Digest.sha256Of(content);

    BlobInfo info =
        store.put(
            new ByteArrayInputStream(content),
            Optional.of(digest),
            OptionalLong.of(content.length));

    assertThat(info).isEqualTo(new BlobInfo(digest, content.length));
    assertThat(store.read(digest)).isEqualTo(content);
  }

  @Test
  void put_whenSha512Expected_storesUnderSha512() {
    BlobStore store = new BlobStore(data);
    byte[] content = "layer".getBytes(StandardCharsets.UTF_8);
    Digest digest = Digest.of("sha512", Digest.newMessageDigest("sha512").digest(content));

    BlobInfo info =
        store.put(new ByteArrayInputStream(content), Optional.of(digest), OptionalLong.empty());

    assertThat(info.digest()).isEqualTo(digest);
    assertThat(store.file(digest).orElseThrow().toString()).contains("/sha512/");
  }

  @Test
  void put_whenStreamedDigestDiffers_refusesNamingBothAndStoresNothing() throws IOException {
    BlobStore store = new BlobStore(data);
    byte[] content = "actual".getBytes(StandardCharsets.UTF_8);
    Digest claimed = Digest.sha256Of("claimed".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(
            () ->
                store.put(
                    new ByteArrayInputStream(content), Optional.of(claimed), OptionalLong.empty()))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> {
              assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.DIGEST_INVALID);
              assertThat(e.errorCode()).isEqualTo(AwsErrorCode.ECR_INVALID_LAYER);
              assertThat(e.getMessage())
                  .contains(claimed.toString())
                  .contains(Digest.sha256Of(content).toString());
            });
    assertThat(store.stat(claimed)).isEmpty();
    assertThat(store.stat(Digest.sha256Of(content))).isEmpty();
    assertThat(regularFiles(data)).isEmpty();
  }

  @Test
  void put_whenManifestDigestDiffers_refusesWithImageDigestDoesNotMatch() {
    BlobStore store = new BlobStore(data);
    Digest claimed = Digest.sha256Of("other".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> store.put("{}".getBytes(StandardCharsets.UTF_8), claimed))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> {
              assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.DIGEST_INVALID);
              assertThat(e.errorCode()).isEqualTo(AwsErrorCode.ECR_IMAGE_DIGEST_DOES_NOT_MATCH);
            });
    assertThat(store.stat(claimed)).isEmpty();
  }

  @Test
  void put_whenStreamShorterOrLongerThanExpected_refusesWithSizeInvalid() throws IOException {
    BlobStore store = new BlobStore(data);
    byte[] content = GeneratedStream.bytes(1000, 3);

    for (long expected : new long[] {999, 1001, 0}) {
      assertThatThrownBy(
              () ->
                  store.put(
                      new ByteArrayInputStream(content),
                      Optional.empty(),
                      OptionalLong.of(expected)))
          .isInstanceOfSatisfying(
              RegistryException.class,
              e -> assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.SIZE_INVALID));
    }
    assertThat(store.stat(Digest.sha256Of(content))).isEmpty();
    assertThat(regularFiles(data)).isEmpty();
  }

  @Test
  void put_whenLongerStreamThanExpected_readsNoFurtherThanOneByteBeyond() {
    BlobStore store = new BlobStore(data);
    GeneratedStream endless = new GeneratedStream(Long.MAX_VALUE, 1);

    assertThatThrownBy(() -> store.put(endless, Optional.empty(), OptionalLong.of(10_000)))
        .isInstanceOf(RegistryException.class);
    assertThat(endless.produced()).isEqualTo(10_001);
  }

  @Test
  void put_whenStreamFailsMidway_leavesNothing() throws IOException {
    BlobStore store = new BlobStore(data);
    InputStream failing =
        new GeneratedStream(
            10_000_000,
            5,
            produced -> {
              if (produced > 2_000_000) {
                throw new UncheckedIOException(new IOException("connection reset"));
              }
            });

    assertThatThrownBy(() -> store.put(failing, Optional.empty(), OptionalLong.empty()))
        .hasMessageContaining("connection reset");
    assertThat(regularFiles(data)).isEmpty();
  }

  @Test
  void put_when64MiBStreamed_writesToDiskAsItReads() throws IOException {
    BlobStore store = new BlobStore(data);
    long size = 64L * 1024 * 1024;
    Path temp = data.resolve(".tmp");
    AtomicLong worstLag = new AtomicLong();
    GeneratedStream stream =
        new GeneratedStream(
            size,
            11,
            produced -> {
              if (produced > 0 && produced % (4 * 1024 * 1024) == 0) {
                worstLag.accumulateAndGet(produced - bytesUnder(temp), Math::max);
              }
            });

    BlobInfo info = store.put(stream, Optional.empty(), OptionalLong.of(size));

    assertThat(info).isEqualTo(new BlobInfo(GeneratedStream.digestOf(size, 11), size));
    assertThat(Files.size(store.file(info.digest()).orElseThrow())).isEqualTo(size);
    // buffering the blob would leave the temporary file behind the stream by up to 64 MiB
    assertThat(worstLag.get()).isLessThanOrEqualTo(1024 * 1024);
  }

  @Test
  void read_whenUnknown_refusesWithBlobUnknown() {
    BlobStore store = new BlobStore(data);
    Digest digest = Digest.sha256Of(new byte[] {1});

    assertThat(store.stat(digest)).isEmpty();
    assertThat(store.file(digest)).isEmpty();
    assertThatThrownBy(() -> store.read(digest))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.BLOB_UNKNOWN));
  }

  @Test
  void read_whenLargerThanFourMiB_refuses() {
    BlobStore store = new BlobStore(data);
    long size = BlobStore.READ_LIMIT + 1L;
    BlobInfo info = store.put(new GeneratedStream(size, 2), Optional.empty(), OptionalLong.empty());

    assertThatThrownBy(() -> store.read(info.digest()))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining(Long.toString(size));
  }

  @Test
  void constructor_whenTemporaryFilesLeftByACrash_removesThemAndShowsNoBlob() throws IOException {
    new BlobStore(data);
    byte[] partial = "half a layer".getBytes(StandardCharsets.UTF_8);
    Files.write(data.resolve(".tmp/0b1c2d3e.tmp"), partial);

    BlobStore restarted = new BlobStore(data);

    assertThat(regularFiles(data)).isEmpty();
    assertThat(restarted.stat(Digest.sha256Of(partial))).isEmpty();
  }

  static long bytesUnder(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(BlobStoreTest::sizeOf).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static java.util.List<Path> regularFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // renamed or removed meanwhile
    }
  }
}
