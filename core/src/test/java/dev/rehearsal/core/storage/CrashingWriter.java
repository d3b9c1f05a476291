package dev.rehearsal.core.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * The child process of {@link AtomicFilesCrashTest}: replaces one large file through {@link
 * AtomicFiles}' streaming write, generation after generation, until it is killed. It prints {@code
 * written <generation>} after each complete replacement. Every generation's content is {@link
 * #SIZE} bytes that {@link #generationOf(byte[])} recognises, so the test can tell a complete
 * version from a part or a mix of two.
 */
public final class CrashingWriter {
  static final int SIZE = 8 << 20;
  private static final int CHUNK = 4096;

  private CrashingWriter() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    long first = Long.parseLong(args[1]);
    for (long generation = first; ; generation++) {
      long current = generation;
      AtomicFiles.write(target, out -> content(current, out));
      System.out.println("written " + generation);
      System.out.flush();
    }
  }

  /** Streams generation {@code generation}'s content in chunks, as a large file is written. */
  static void content(long generation, OutputStream out) throws IOException {
    byte[] chunk = new byte[CHUNK];
    for (int offset = 0; offset < SIZE; offset += CHUNK) {
      fill(generation, offset, chunk);
      out.write(chunk);
    }
  }

  private static void fill(long generation, int offset, byte[] chunk) {
    java.util.Arrays.fill(chunk, (byte) (generation * 31 + offset / CHUNK));
    if (offset == 0) {
      ByteBuffer.wrap(chunk).putLong(0, generation);
    }
    if (offset + CHUNK == SIZE) {
      ByteBuffer.wrap(chunk).putLong(CHUNK - Long.BYTES, generation);
    }
  }

  /**
   * The generation {@code content} is complete content of, or an exception saying why it is not.
   */
  static long generationOf(byte[] content) {
    if (content.length != SIZE) {
      throw new AssertionError("partial content: " + content.length + " of " + SIZE + " bytes");
    }
    long generation = ByteBuffer.wrap(content).getLong(0);
    byte[] expected = new byte[CHUNK];
    for (int offset = 0; offset < SIZE; offset += CHUNK) {
      fill(generation, offset, expected);
      if (!java.util.Arrays.equals(content, offset, offset + CHUNK, expected, 0, CHUNK)) {
        throw new AssertionError(
            "content of generation " + generation + " differs at chunk " + offset / CHUNK);
      }
    }
    return generation;
  }
}
