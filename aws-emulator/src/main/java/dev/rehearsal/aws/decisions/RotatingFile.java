package dev.rehearsal.aws.decisions;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An append-only file of lines, {@code NAME.jsonl}, that moves to {@code NAME.1.jsonl} when the
 * next line would take it over its size limit ({@code .1} to {@code .2} and so on; the oldest
 * beyond {@code keep} is removed). Readable by its owner only, as every file of the data directory.
 * Not thread-safe: one writer.
 */
final class RotatingFile implements AutoCloseable {
  private final Path directory;
  private final String name;
  private final long limit;
  private final int keep;
  private OutputStream out;
  private long size;

  RotatingFile(Path directory, String name, long limit, int keep) throws IOException {
    this.directory = directory;
    this.name = name;
    this.limit = limit;
    this.keep = keep;
    Files.createDirectories(directory);
    open();
  }

  /** {@code NAME.jsonl} for 0, else {@code NAME.N.jsonl}: the N-th older file. */
  static String fileName(String name, int generation) {
    return generation == 0 ? name + ".jsonl" : name + "." + generation + ".jsonl";
  }

  void append(byte[] line) throws IOException {
    if (size > 0 && size + line.length > limit) {
      rotate();
    }
    out.write(line);
    size += line.length;
  }

  void flush() throws IOException {
    out.flush();
  }

  private void open() throws IOException {
    Path file = directory.resolve(fileName(name, 0));
    if (!Files.exists(file)) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    size = Files.size(file);
    out =
        new BufferedOutputStream(
            Files.newOutputStream(file, StandardOpenOption.APPEND, StandardOpenOption.WRITE),
            1 << 16);
  }

  private void rotate() throws IOException {
    out.close();
    Files.deleteIfExists(directory.resolve(fileName(name, keep)));
    for (int generation = keep - 1; generation >= 0; generation--) {
      Path older = directory.resolve(fileName(name, generation));
      if (Files.exists(older)) {
        Files.move(
            older,
            directory.resolve(fileName(name, generation + 1)),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    open();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
