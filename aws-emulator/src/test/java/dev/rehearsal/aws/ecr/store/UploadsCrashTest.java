package dev.rehearsal.aws.ecr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL mid-write leaves no visible blob and no torn session. */
class UploadsCrashTest {
  @TempDir Path data;

  @Test
  void constructor_whenAWriterWasKilledMidWrite_showsNoBlobAndTheAcknowledgedSession()
      throws Exception {
    BlobStore blobs = new BlobStore(data.resolve("blobs"));
    Uploads uploads = new Uploads(data.resolve("uploads"), blobs, Clock.systemUTC(), HOUR);
    Upload upload = uploads.start("app");
    uploads.append(upload.id(), OptionalLong.of(0), new GeneratedStream(1000, 3));
    Path session = data.resolve("uploads").resolve(upload.id());

    Process writer =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CrashingWriter.class.getName(),
                    data.toString(),
                    upload.id()))
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("writer.log").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while ((BlobStoreTest.bytesUnder(data.resolve("blobs/.tmp")) < 8 << 20
              || Files.size(session.resolve("data")) < 8 << 20)
          && System.nanoTime() < deadline) {
        assertThat(writer.isAlive()).as("writer is running; see writer.log").isTrue();
        Thread.sleep(20);
      }
    } finally {
      writer.destroyForcibly(); // SIGKILL
      writer.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(Files.size(session.resolve("data")))
        .as("the writer's chunk reached the disk; writer.log: %s", log())
        .isGreaterThan(1000);
    assertThat(BlobStoreTest.bytesUnder(data.resolve("blobs/.tmp"))).isPositive();

    BlobStore restartedBlobs = new BlobStore(data.resolve("blobs"));
    Uploads restarted =
        new Uploads(data.resolve("uploads"), restartedBlobs, Clock.systemUTC(), HOUR);

    assertThat(BlobStoreTest.regularFiles(data.resolve("blobs"))).isEmpty();
    assertThat(restarted.find(upload.id()).orElseThrow().size()).isEqualTo(1000);
    assertThat(Files.size(session.resolve("data"))).isEqualTo(1000);
    Digest digest = GeneratedStream.digestOf(1000, 3);
    assertThat(restarted.complete(upload.id(), digest, Optional.empty()))
        .isEqualTo(new BlobInfo(digest, 1000));
  }

  private static final Duration HOUR = Duration.ofHours(1);

  private String log() {
    try {
      return Files.readString(data.resolve("writer.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
