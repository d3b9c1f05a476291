package dev.rehearsal.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void write_byDefault_makesTheFileOwnerOnly() throws IOException {
    Path file = dir.resolve("key");
    AtomicFiles.write(file, bytes("secret"));

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(AtomicFiles.OWNER_ONLY);
    assertThat(Files.readString(file)).isEqualTo("secret");
  }

  @Test
  void write_withAMode_givesTheFileExactlyThatMode() throws IOException {
    Path file = dir.resolve("ca.pem");
    AtomicFiles.write(file, bytes("public"), AtomicFiles.READABLE);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void write_overAnExistingFile_replacesContentAndMode() throws IOException {
    Path file = dir.resolve("state.json");
    Files.writeString(file, "an old and much longer content than the new one");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

    AtomicFiles.write(file, bytes("new"));

    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(AtomicFiles.OWNER_ONLY);
    assertThat(namesIn(dir)).containsExactly("state.json");
  }

  @Test
  void write_ofDifferentFilesConcurrentlyInOneDirectory_keepsEachFileWhole() throws Exception {
    int writers = 8;
    int rounds = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        Path file = dir.resolve("file-" + w);
        int writer = w;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int r = 0; r < rounds; r++) {
                    AtomicFiles.write(
                        file, bytes(("writer " + writer + " round " + r + "\n").repeat(100)));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    for (int w = 0; w < writers; w++) {
      assertThat(Files.readString(dir.resolve("file-" + w)))
          .isEqualTo(("writer " + w + " round " + (rounds - 1) + "\n").repeat(100));
    }
    assertThat(namesIn(dir)).hasSize(writers).allMatch(name -> name.startsWith("file-"));
  }

  @Test
  void write_ofOneFileConcurrently_leavesOneWritersWholeContent() throws Exception {
    Path file = dir.resolve("shared");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        String content = ("writer " + w + "\n").repeat(10_000);
        done.add(
            pool.submit(
                () -> {
                  for (int r = 0; r < 10; r++) {
                    AtomicFiles.write(file, bytes(content));
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(Files.readString(file)).matches("(?s)(writer (\\d)\n)\\1{9999}");
    assertThat(namesIn(dir)).containsExactly("shared");
  }

  @Test
  void write_streamed_writesTheWholeLargeContent() throws IOException {
    Path file = dir.resolve("blob");
    AtomicFiles.write(file, out -> CrashingWriter.content(7, out));

    assertThat(CrashingWriter.generationOf(Files.readAllBytes(file))).isEqualTo(7);
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(AtomicFiles.OWNER_ONLY);
  }

  @Test
  void write_streamedWhenTheCallbackClosesTheStream_stillCompletes() throws IOException {
    Path file = dir.resolve("closed");
    AtomicFiles.write(
        file,
        AtomicFiles.READABLE,
        out -> {
          try (out) {
            out.write(bytes("all of it"));
          }
        });

    assertThat(Files.readString(file)).isEqualTo("all of it");
  }

  @Test
  void write_whenTheContentFails_leavesTheTargetAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("state.json");
    Files.writeString(file, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write(bytes("half"));
                      throw new IOException("source gone");
                    }))
        .hasMessage("source gone");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(namesIn(dir)).containsExactly("state.json");
  }

  @Test
  void write_whereRenameCannotBeAtomic_refusesAndLeavesTheTarget() throws IOException {
    Path file = dir.resolve("state.json");
    Files.writeString(file, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    AtomicFiles.OWNER_ONLY,
                    out -> out.write(bytes("new")),
                    (from, to, options) -> {
                      throw new AtomicMoveNotSupportedException(
                          from.toString(), to.toString(), "not here");
                    }))
        .isInstanceOf(AtomicMoveNotSupportedException.class)
        .hasMessageContaining("cannot rename atomically")
        .hasMessageContaining("state.json was not replaced");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(namesIn(dir)).containsExactly("state.json");
  }

  @Test
  void temporaryName_isUniqueHiddenAndBounded() {
    String a = AtomicFiles.temporaryName("x".repeat(250));
    String b = AtomicFiles.temporaryName("x".repeat(250));

    assertThat(a).isNotEqualTo(b).startsWith(".").endsWith(".tmp");
    assertThat(a.getBytes(StandardCharsets.UTF_8).length).isLessThan(255);
  }

  @Test
  void cleanStale_removesWhatADeadProcessLeftAndNothingElse() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path deadWriters = dir.resolve(".state.json." + gone.pid() + "-0123456789abcdef.tmp");
    long livePid = ProcessHandle.current().parent().orElseThrow().pid();
    Path liveWriters = dir.resolve(".state.json." + livePid + "-0123456789abcdef.tmp");
    Path ownFailed =
        dir.resolve(".state.json." + ProcessHandle.current().pid() + "-fedcba9876543210.tmp");
    for (Path p : List.of(deadWriters, liveWriters, ownFailed)) {
      Files.writeString(p, "partial");
    }
    Files.writeString(dir.resolve(".port.tmp"), "not ours");
    Files.writeString(dir.resolve("state.json"), "kept");
    Files.createDirectory(dir.resolve(".sub.1-0123456789abcdef.tmp"));

    assertThat(AtomicFiles.cleanStale(dir)).containsExactlyInAnyOrder(deadWriters, ownFailed);

    assertThat(namesIn(dir))
        .containsExactlyInAnyOrder(
            liveWriters.getFileName().toString(),
            ".port.tmp",
            "state.json",
            ".sub.1-0123456789abcdef.tmp");
  }

  @Test
  void cleanStale_duringAWriteOfThisProcess_leavesItsTemporaryFile() throws IOException {
    Path file = dir.resolve("state.json");
    List<Path> removedMidWrite = new ArrayList<>();
    AtomicFiles.write(
        file,
        out -> {
          out.write(bytes("first half "));
          out.flush();
          removedMidWrite.addAll(AtomicFiles.cleanStale(dir));
          out.write(bytes("second half"));
        });

    assertThat(removedMidWrite).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("first half second half");
  }

  @Test
  void cleanStale_throughAnotherPathToTheDirectory_stillLeavesAWriteInProgress()
      throws IOException {
    Path file = dir.resolve("state.json");
    Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-link"), dir);
    List<Path> removedMidWrite = new ArrayList<>();
    try {
      AtomicFiles.write(
          file,
          out -> {
            out.write(bytes("whole"));
            out.flush();
            removedMidWrite.addAll(AtomicFiles.cleanStale(link));
            removedMidWrite.addAll(AtomicFiles.cleanStale(dir.resolve(".")));
          });
    } finally {
      Files.delete(link);
    }

    assertThat(removedMidWrite).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("whole");
  }

  @Test
  void cleanStale_ofAMissingDirectory_removesNothing() throws IOException {
    assertThat(AtomicFiles.cleanStale(dir.resolve("absent"))).isEmpty();
  }

  @Test
  void delete_removesTheFileAndToleratesItsAbsence() throws IOException {
    Path file = dir.resolve("gone");
    AtomicFiles.write(file, bytes("x"));

    AtomicFiles.delete(file);
    AtomicFiles.delete(file);

    assertThat(file).doesNotExist();
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<String> namesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
