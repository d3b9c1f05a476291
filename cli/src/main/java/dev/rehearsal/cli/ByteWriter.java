package dev.rehearsal.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * The CLI's standard output: a {@link PrintWriter} over a byte stream (as {@code new
 * PrintWriter(System.out, true)}) that also takes text already encoded in its charset and writes it
 * straight to the stream. {@code rehearse check} encodes its report on every core and hands over
 * the bytes: written through the writer, the ~10 MB report of 100,000 scenarios was inflated to
 * UTF-16 and encoded again one character at a time on one thread, ~50-100 ms after all the checking
 * was done (issue 5's benchmark).
 */
public final class ByteWriter extends PrintWriter {
  private final OutputStream stream;
  private final Charset charset;

  public ByteWriter(OutputStream stream, Charset charset) {
    super(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    this.stream = stream;
    this.charset = charset;
  }

  /** The charset text is encoded in, for {@link #writeEncoded}. */
  public Charset charset() {
    return charset;
  }

  /** Writes bytes encoded in {@link #charset()}, after all the text written before them. */
  public void writeEncoded(byte[] bytes) {
    synchronized (lock) {
      flush();
      try {
        stream.write(bytes);
        stream.flush();
      } catch (java.io.IOException e) {
        // as PrintWriter does: the error is kept for checkError(), never thrown
        setError();
      }
    }
  }
}
