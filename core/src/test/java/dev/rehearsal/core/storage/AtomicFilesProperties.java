package dev.rehearsal.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** Whatever is written, whole or streamed in pieces, reads back byte for byte. */
class AtomicFilesProperties {
  @TempDir Path dir;

  private static Gen<byte[]> contents() {
    return lists()
        .of(integers().between(Byte.MIN_VALUE, Byte.MAX_VALUE))
        .ofSizeBetween(0, 4096)
        .map(AtomicFilesProperties::toBytes);
  }

  @Test
  void write_ofAnyContent_readsBackIdentical() {
    Path file = dir.resolve("state");
    qt().withExamples(100)
        .forAll(contents())
        .checkAssert(
            content -> {
              write(() -> AtomicFiles.write(file, content));
              assertThat(read(file)).isEqualTo(content);
            });
  }

  @Test
  void write_streamedInAnyPieces_readsBackIdentical() {
    Path file = dir.resolve("stream");
    qt().withExamples(100)
        .forAll(contents(), integers().between(1, 5000))
        .checkAssert(
            (content, piece) -> {
              write(
                  () ->
                      AtomicFiles.write(
                          file,
                          AtomicFiles.READABLE,
                          out -> {
                            for (int at = 0; at < content.length; at += piece) {
                              out.write(content, at, Math.min(piece, content.length - at));
                            }
                          }));
              assertThat(read(file)).isEqualTo(content);
            });
  }

  private interface Io {
    void run() throws IOException;
  }

  private static void write(Io io) {
    try {
      io.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] toBytes(List<Integer> values) {
    byte[] bytes = new byte[values.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = values.get(i).byteValue();
    }
    return bytes;
  }
}
