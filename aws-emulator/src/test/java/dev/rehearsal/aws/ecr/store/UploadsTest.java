package dev.rehearsal.aws.ecr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rehearsal.aws.support.MutableClock;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);

  @TempDir Path data;

  private final MutableClock clock = new MutableClock(T0);

  @Test
  void complete_whenMonolithicPut_storesTheBlobAndEndsTheSession() {
    Uploads uploads = uploads();
    byte[] layer = GeneratedStream.bytes(500_000, 1);
    Digest digest = Digest.sha256Of(layer);

    Upload upload = uploads.start("team/app");
    BlobInfo info =
        uploads.complete(upload.id(), digest, Optional.of(new ByteArrayInputStream(layer)));

    assertThat(info).isEqualTo(new BlobInfo(digest, layer.length));
    assertThat(blobs().read(digest)).isEqualTo(layer);
    assertThat(uploads.find(upload.id())).isEmpty();
    assertThat(data.resolve("uploads")).isEmptyDirectory();
  }

  @Test
  void start_whenCalled_givesAUuidSessionOwnerOnly() throws IOException {
    Uploads uploads = uploads();

    Upload upload = uploads.start("app");

    assertThat(upload.id()).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    assertThat(upload).isEqualTo(new Upload(upload.id(), "app", 0, T0, T0));
    assertThat(uploads.find(upload.id())).contains(upload);
    Path dir = data.resolve("uploads").resolve(upload.id());
    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("data"))).isEqualTo("rw-------");
    assertThat(mode(dir.resolve("meta"))).isEqualTo("rw-------");
  }

  @Test
  void append_whenChunksInOrder_completesToTheDigestOfTheWhole() {
    Uploads uploads = uploads();
    byte[] layer = GeneratedStream.bytes(1_000_000, 2);
    Upload upload = uploads.start("app");

    clock.advance(Duration.ofSeconds(5));
    Upload afterFirst = uploads.append(upload.id(), OptionalLong.of(0), chunk(layer, 0, 300_000));
    Upload afterSecond =
        uploads.append(upload.id(), OptionalLong.of(300_000), chunk(layer, 300_000, 900_000));
    BlobInfo info =
        uploads.complete(
            upload.id(), Digest.sha256Of(layer), Optional.of(chunk(layer, 900_000, 1_000_000)));

    assertThat(afterFirst.size()).isEqualTo(300_000);
    assertThat(afterFirst.touched()).isEqualTo(T0.plusSeconds(5));
    assertThat(afterSecond.size()).isEqualTo(900_000);
    assertThat(info).isEqualTo(new BlobInfo(Digest.sha256Of(layer), layer.length));
    assertThat(blobs().read(info.digest())).isEqualTo(layer);
  }

  @Test
  void append_whenStreamedWithoutRange_appendsAtTheEnd() {
    Uploads uploads = uploads();
    byte[] layer = GeneratedStream.bytes(10_000, 3);
    Upload upload = uploads.start("app");

    uploads.append(upload.id(), OptionalLong.empty(), chunk(layer, 0, 4_000));
    uploads.append(upload.id(), OptionalLong.empty(), chunk(layer, 4_000, 10_000));
    BlobInfo info = uploads.complete(upload.id(), Digest.sha256Of(layer), Optional.empty());

    assertThat(info.size()).isEqualTo(10_000);
  }

  @Test
  void append_whenChunkOutOfOrder_refusesWith416AndKeepsTheSession() {
    Uploads uploads = uploads();
    byte[] layer = GeneratedStream.bytes(1000, 4);
    Upload upload = uploads.start("app");
    uploads.append(upload.id(), OptionalLong.of(0), chunk(layer, 0, 400));

    for (long start : new long[] {0, 399, 401, 1000}) {
      assertThatThrownBy(
              () -> uploads.append(upload.id(), OptionalLong.of(start), chunk(layer, 400, 1000)))
          .isInstanceOfSatisfying(
              RegistryException.class,
              e -> {
                assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.RANGE_INVALID);
                assertThat(e.registryCode().httpStatus()).isEqualTo(416);
                assertThat(e.errorCode()).isEqualTo(AwsErrorCode.ECR_INVALID_LAYER_PART);
                assertThat(e.getMessage()).contains("400").contains(Long.toString(start));
              });
    }
    assertThat(uploads.find(upload.id()).orElseThrow().size()).isEqualTo(400);
    uploads.append(upload.id(), OptionalLong.of(400), chunk(layer, 400, 1000));
    assertThat(uploads.complete(upload.id(), Digest.sha256Of(layer), Optional.empty()).size())
        .isEqualTo(1000);
  }

  @Test
  void complete_whenRestartedBetweenChunks_resumesWithTheRightSize() {
    byte[] layer = GeneratedStream.bytes(700_000, 5);
    Uploads before = uploads();
    Upload upload = before.start("app");
    before.append(upload.id(), OptionalLong.of(0), chunk(layer, 0, 250_000));

    Uploads after = uploads(); // a new JVM: no digest state in memory
    Upload found = after.find(upload.id()).orElseThrow();
    after.append(upload.id(), OptionalLong.of(found.size()), chunk(layer, 250_000, 700_000));
    BlobInfo info = after.complete(upload.id(), Digest.sha256Of(layer), Optional.empty());

    assertThat(found.size()).isEqualTo(250_000);
    assertThat(found.repository()).isEqualTo("app");
    assertThat(info).isEqualTo(new BlobInfo(Digest.sha256Of(layer), layer.length));
    assertThat(blobs().read(info.digest())).isEqualTo(layer);
  }

  @Test
  void constructor_whenACrashLeftBytesPastTheAcknowledgedSize_cutsThemOff() throws IOException {
    byte[] layer = GeneratedStream.bytes(2000, 6);
    Uploads before = uploads();
    Upload upload = before.start("app");
    before.append(upload.id(), OptionalLong.of(0), chunk(layer, 0, 1000));
    Path dataFile = data.resolve("uploads").resolve(upload.id()).resolve("data");
    Files.write(dataFile, "torn write".getBytes(StandardCharsets.UTF_8), APPEND);
    Files.createDirectories(data.resolve("uploads/.0000-being-created.new"));
    Files.write(data.resolve("uploads/.0000-being-created.new/data"), new byte[10]);
    Files.write(data.resolve("blobs/.tmp/crashed.tmp"), new byte[10]);

    Uploads after = uploads();

    assertThat(after.find(upload.id()).orElseThrow().size()).isEqualTo(1000);
    assertThat(Files.size(dataFile)).isEqualTo(1000);
    assertThat(data.resolve("uploads/.0000-being-created.new")).doesNotExist();
    assertThat(data.resolve("blobs/.tmp")).isEmptyDirectory();
    after.append(upload.id(), OptionalLong.of(1000), chunk(layer, 1000, 2000));
    assertThat(after.complete(upload.id(), Digest.sha256Of(layer), Optional.empty()).size())
        .isEqualTo(2000);
  }

  @Test
  void complete_whenDataHoldsBytesPastTheAcknowledgedSize_storesOnlyTheAcknowledged()
      throws IOException {
    Uploads uploads = uploads();
    byte[] layer = GeneratedStream.bytes(1000, 13);
    Upload upload = uploads.start("app");
    uploads.append(upload.id(), OptionalLong.of(0), chunk(layer, 0, 1000));
    Path dataFile = data.resolve("uploads").resolve(upload.id()).resolve("data");
    Files.write(dataFile, new byte[77], APPEND); // as if a failed append could not cut back

    BlobInfo info = uploads.complete(upload.id(), Digest.sha256Of(layer), Optional.empty());

    assertThat(info.size()).isEqualTo(1000);
    assertThat(blobs().read(info.digest())).isEqualTo(layer);
  }

  @Test
  void complete_whenDigestDiffers_refusesNamingBothStoresNothingAndEndsTheSession()
      throws IOException {
    Uploads uploads = uploads();
    byte[] layer = GeneratedStream.bytes(5000, 7);
    Digest claimed = Digest.sha256Of("something else".getBytes(StandardCharsets.UTF_8));
    Upload upload = uploads.start("app");
    uploads.append(upload.id(), OptionalLong.of(0), chunk(layer, 0, 3000));

    assertThatThrownBy(
            () -> uploads.complete(upload.id(), claimed, Optional.of(chunk(layer, 3000, 5000))))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> {
              assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.DIGEST_INVALID);
              assertThat(e.errorCode()).isEqualTo(AwsErrorCode.ECR_INVALID_LAYER);
              assertThat(e.getMessage())
                  .contains(claimed.toString())
                  .contains(Digest.sha256Of(layer).toString());
            });
    assertThat(blobs().stat(claimed)).isEmpty();
    assertThat(blobs().stat(Digest.sha256Of(layer))).isEmpty();
    assertThat(BlobStoreTest.regularFiles(data)).isEmpty();
    assertThat(uploads.find(upload.id())).isEmpty();
  }

  @Test
  void complete_whenSha512Expected_recomputesWithSha512() {
    Uploads uploads = uploads();
    byte[] layer = GeneratedStream.bytes(3000, 8);
    Digest digest = Digest.of("sha512", Digest.newMessageDigest("sha512").digest(layer));
    Upload upload = uploads.start("app");

    BlobInfo info =
        uploads.complete(upload.id(), digest, Optional.of(new ByteArrayInputStream(layer)));

    assertThat(info.digest()).isEqualTo(digest);
    assertThat(blobs().read(digest)).isEqualTo(layer);
  }

  @Test
  void append_whenStreamFailsMidway_keepsThePreviousSize() throws IOException {
    Uploads uploads = uploads();
    byte[] layer = GeneratedStream.bytes(3000, 9);
    Upload upload = uploads.start("app");
    uploads.append(upload.id(), OptionalLong.of(0), chunk(layer, 0, 1000));
    InputStream failing =
        new GeneratedStream(
            5_000_000,
            1,
            produced -> {
              if (produced > 1_000_000) {
                throw new UncheckedIOException(new IOException("connection reset"));
              }
            });

    assertThatThrownBy(() -> uploads.append(upload.id(), OptionalLong.of(1000), failing))
        .hasMessageContaining("connection reset");

    assertThat(uploads.find(upload.id()).orElseThrow().size()).isEqualTo(1000);
    assertThat(Files.size(data.resolve("uploads").resolve(upload.id()).resolve("data")))
        .isEqualTo(1000);
    uploads.append(upload.id(), OptionalLong.of(1000), chunk(layer, 1000, 3000));
    assertThat(uploads.complete(upload.id(), Digest.sha256Of(layer), Optional.empty()).digest())
        .isEqualTo(Digest.sha256Of(layer));
  }

  @Test
  void cancel_whenStarted_removesTheSessionAndItsData() {
    Uploads uploads = uploads();
    Upload upload = uploads.start("app");
    uploads.append(upload.id(), OptionalLong.of(0), chunk(new byte[100], 0, 100));

    uploads.cancel(upload.id());

    assertThat(uploads.find(upload.id())).isEmpty();
    assertThat(data.resolve("uploads")).isEmptyDirectory();
    assertThatThrownBy(() -> uploads.cancel(upload.id()))
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.BLOB_UPLOAD_UNKNOWN));
  }

  @Test
  void append_whenUploadUnknownOrMalformed_refusesWithBlobUploadUnknown() {
    Uploads uploads = uploads();

    for (String id :
        List.of(
            "00000000-0000-0000-0000-000000000000",
            "../blobs",
            "",
            "A0000000-0000-0000-0000-000000000000")) {
      assertThatThrownBy(() -> uploads.append(id, OptionalLong.empty(), chunk(new byte[1], 0, 1)))
          .isInstanceOfSatisfying(
              RegistryException.class,
              e -> {
                assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.BLOB_UPLOAD_UNKNOWN);
                assertThat(e.errorCode()).isEqualTo(AwsErrorCode.ECR_UPLOAD_NOT_FOUND);
              });
      assertThatThrownBy(() -> uploads.complete(id, Digest.sha256Of(new byte[0]), Optional.empty()))
          .isInstanceOf(RegistryException.class);
      assertThat(uploads.find(id)).isEmpty();
    }
  }

  @Test
  void removeIdle_whenUntouchedLongerThanTheLimit_removesOnlyThose() {
    Uploads uploads = uploads();
    Upload old = uploads.start("app");
    clock.advance(Duration.ofMinutes(20));
    Upload recent = uploads.start("app");
    Upload touched = uploads.start("app");
    clock.advance(Duration.ofMinutes(5));
    uploads.append(touched.id(), OptionalLong.empty(), chunk(new byte[10], 0, 10));

    clock.advance(Duration.ofMinutes(5)); // old: 30 min idle, not more
    assertThat(uploads.removeIdle()).isZero();

    clock.advance(Duration.ofSeconds(1));
    assertThat(uploads.removeIdle()).isEqualTo(1);
    assertThat(uploads.find(old.id())).isEmpty();

    clock.advance(Duration.ofMinutes(20));
    assertThat(uploads().removeIdle()).isEqualTo(1); // a restarted store sees sessions on disk
    assertThat(uploads().find(recent.id())).isEmpty();
    assertThat(uploads().find(touched.id())).isPresent();
  }

  @Test
  void complete_whenTwoClientsPushTheSameBlobAtOnce_bothSucceed() throws Exception {
    Uploads uploads = uploads();
    byte[] layer = GeneratedStream.bytes(2_000_000, 10);
    Digest digest = Digest.sha256Of(layer);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<BlobInfo>> results = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
          Upload upload = uploads.start("app");
          uploads.append(upload.id(), OptionalLong.of(0), new ByteArrayInputStream(layer));
          results.add(
              pool.submit(
                  () -> {
                    barrier.await();
                    return uploads.complete(upload.id(), digest, Optional.empty());
                  }));
        }
        for (Future<BlobInfo> result : results) {
          assertThat(result.get(30, TimeUnit.SECONDS))
              .isEqualTo(new BlobInfo(digest, layer.length));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(blobs().read(digest)).isEqualTo(layer);
    assertThat(data.resolve("uploads")).isEmptyDirectory();
  }

  @Test
  void append_whenAnotherAppendIsWritingTheSession_refusesWith416() throws Exception {
    Uploads uploads = uploads();
    Upload upload = uploads.start("app");
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    InputStream slow =
        new GeneratedStream(
            1000,
            1,
            produced -> {
              writing.countDown();
              await(release);
            });
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Upload> first =
          pool.submit(() -> uploads.append(upload.id(), OptionalLong.of(0), slow));
      assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(
              () -> uploads.append(upload.id(), OptionalLong.of(0), chunk(new byte[5], 0, 5)))
          .isInstanceOfSatisfying(
              RegistryException.class,
              e -> assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.RANGE_INVALID));
      assertThatThrownBy(() -> uploads.cancel(upload.id()))
          .isInstanceOfSatisfying(
              RegistryException.class,
              e -> assertThat(e.registryCode()).isEqualTo(RegistryErrorCode.BLOB_UPLOAD_INVALID));
      assertThat(uploads.find(upload.id()).orElseThrow().size()).isZero();

      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS).size()).isEqualTo(1000);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void append_whenDifferentSessionsInParallel_keepsThemApart() throws Exception {
    Uploads uploads = uploads();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<BlobInfo>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        long seed = 100 + i;
        results.add(
            pool.submit(
                () -> {
                  Upload upload = uploads.start("app" + seed);
                  for (int part = 0; part < 4; part++) {
                    uploads.append(
                        upload.id(),
                        OptionalLong.of(part * 50_000L),
                        new GeneratedStream(50_000, seed * 10 + part));
                  }
                  return uploads.complete(upload.id(), sessionDigest(seed), Optional.empty());
                }));
      }
      for (Future<BlobInfo> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS).size()).isEqualTo(200_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void append_when64MiBStreamed_writesToDiskAsItReads() throws IOException {
    Uploads uploads = uploads();
    long size = 64L * 1024 * 1024;
    Upload upload = uploads.start("app");
    Path dir = data.resolve("uploads").resolve(upload.id());
    AtomicLong worstLag = new AtomicLong();
    GeneratedStream stream =
        new GeneratedStream(
            size,
            12,
            produced -> {
              if (produced > 0 && produced % (4 * 1024 * 1024) == 0) {
                worstLag.accumulateAndGet(produced - sizeOrZero(dir.resolve("data")), Math::max);
              }
            });

    uploads.append(upload.id(), OptionalLong.of(0), stream);
    BlobInfo info =
        uploads.complete(upload.id(), GeneratedStream.digestOf(size, 12), Optional.empty());

    assertThat(info.size()).isEqualTo(size);
    assertThat(worstLag.get()).isLessThanOrEqualTo(1024 * 1024);
  }

  @Test
  void complete_whenContentSplitIntoAnyChunks_givesTheDigestOfTheWhole() {
    Uploads uploads = uploads();
    qt().withExamples(40)
        .forAll(
            longs().all(),
            integers().between(0, 300_000),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 8),
            integers().between(0, 1))
        .checkAssert(
            (seed, size, weights, restart) -> {
              byte[] content = GeneratedStream.bytes(size, seed);
              int[] cuts = cuts(size, weights);
              Uploads current = uploads;
              Upload upload = current.start("prop");
              int from = 0;
              for (int i = 0; i < cuts.length; i++) {
                if (restart == 1 && i == cuts.length / 2) {
                  current = uploads();
                }
                current.append(upload.id(), OptionalLong.of(from), chunk(content, from, cuts[i]));
                from = cuts[i];
              }
              BlobInfo info =
                  current.complete(
                      upload.id(),
                      Digest.sha256Of(content),
                      Optional.of(chunk(content, from, size)));
              assertThat(info).isEqualTo(new BlobInfo(Digest.sha256Of(content), size));
            });
  }

  /** Ascending cut points in [0, size] proportional to the running sums of {@code weights}. */
  private static int[] cuts(int size, List<Integer> weights) {
    long total = weights.stream().mapToLong(Integer::longValue).sum() + 1;
    int[] cuts = new int[weights.size()];
    long running = 0;
    for (int i = 0; i < cuts.length; i++) {
      running += weights.get(i);
      cuts[i] = (int) (size * running / total);
    }
    Arrays.sort(cuts);
    return cuts;
  }

  private static Digest sessionDigest(long seed) {
    java.security.MessageDigest digest = Digest.sha256();
    for (int part = 0; part < 4; part++) {
      digest.update(GeneratedStream.bytes(50_000, seed * 10 + part));
    }
    return Digest.of("sha256", digest.digest());
  }

  private Uploads uploads() {
    return new Uploads(data.resolve("uploads"), blobs(), clock, IDLE);
  }

  private BlobStore blobs() {
    return new BlobStore(data.resolve("blobs"));
  }

  private static InputStream chunk(byte[] content, int from, int to) {
    return new ByteArrayInputStream(content, from, to - from);
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final java.nio.file.OpenOption APPEND = java.nio.file.StandardOpenOption.APPEND;
}
