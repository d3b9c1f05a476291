package dev.rehearsal.aws.ecr.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Run in a child JVM by {@link UploadsCrashTest}: writes an endless blob and an endless chunk into
 * the store at {@code args[0]} in parallel, until the test kills it with SIGKILL.
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    BlobStore blobs = new BlobStore(root.resolve("blobs"));
    Uploads uploads =
        new Uploads(root.resolve("uploads"), blobs, Clock.systemUTC(), Duration.ofHours(1));
    String id = args[1];
    Thread chunk =
        new Thread(
            () -> uploads.append(id, OptionalLong.empty(), new GeneratedStream(Long.MAX_VALUE, 2)));
    chunk.start();
    blobs.put(new GeneratedStream(Long.MAX_VALUE, 1), Optional.empty(), OptionalLong.empty());
  }
}
