package dev.rehearsal.aws.ecr.store;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.function.LongConsumer;

/**
 * {@code size} pseudo-random bytes made on demand from {@code seed}: a blob that never exists whole
 * in memory. An observer sees the count produced so far before each read.
 */
final class GeneratedStream extends InputStream {
  private final long size;
  private final LongConsumer beforeRead;
  private long state;
  private long produced;

  GeneratedStream(long size, long seed) {
    this(size, seed, produced -> {});
  }

  GeneratedStream(long size, long seed, LongConsumer beforeRead) {
    this.size = size;
    this.state = seed | 1;
    this.beforeRead = beforeRead;
  }

  /** The sha256 of the bytes a stream with this size and seed produces. */
  static Digest digestOf(long size, long seed) {
    MessageDigest digest = Digest.sha256();
    byte[] buffer = new byte[64 * 1024];
    try (GeneratedStream stream = new GeneratedStream(size, seed)) {
      int n;
      while ((n = stream.read(buffer, 0, buffer.length)) > 0) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return Digest.of(Digest.SHA256, digest.digest());
  }

  /** The bytes a stream with this size and seed produces (for small sizes). */
  static byte[] bytes(int size, long seed) {
    try (GeneratedStream stream = new GeneratedStream(size, seed)) {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  long produced() {
    return produced;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    beforeRead.accept(produced);
    if (produced >= size) {
      return -1;
    }
    int n = (int) Math.min(length, size - produced);
    for (int i = 0; i < n; i++) {
      if (((produced + i) & 7) == 0) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
      }
      buffer[offset + i] = (byte) (state >>> (((produced + i) & 7) * 8));
    }
    produced += n;
    return n;
  }
}
