package dev.rehearsal.cli.explain;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Follows the decision log as the emulator appends to it, as {@code tail -F} does: each whole new
 * line is handed on; when the file is rotated (it shrinks, or another file takes its name) the new
 * file is read from its start. Polls: the log is a file, and a rehearsal's pace is human.
 */
public final class DecisionTail implements Runnable {
  private static final long POLL_MILLIS = 200;

  private final Path file;
  private final Consumer<RecordedDecision> sink;
  private long offset;
  private Object fileKey;
  private final StringBuilder partial = new StringBuilder();

  /**
   * @param fromStart whether the decisions already in the file are handed on too
   */
  public DecisionTail(Path file, boolean fromStart, Consumer<RecordedDecision> sink) {
    this.file = file;
    this.sink = sink;
    if (!fromStart && Files.exists(file)) {
      try {
        offset = Files.size(file);
        fileKey =
            Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      } catch (IOException e) {
        offset = 0;
      }
    }
  }

  /** Starts following on a daemon thread: it ends with the program. */
  public static Thread start(Path file, boolean fromStart, Consumer<RecordedDecision> sink) {
    Thread thread = new Thread(new DecisionTail(file, fromStart, sink), "decision-tail");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  public void run() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        poll();
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      } catch (IOException e) {
        // The file is being rotated or not there yet: the next poll finds it.
      }
    }
  }

  /** Reads what was appended since the last call and hands on each whole line. */
  void poll() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    Object key =
        Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    long size = Files.size(file);
    if ((fileKey != null && key != null && !key.equals(fileKey)) || size < offset) {
      offset = 0;
      partial.setLength(0);
    }
    fileKey = key;
    if (size == offset) {
      return;
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(offset);
      byte[] bytes = new byte[(int) Math.min(size - offset, 1 << 20)];
      in.readFully(bytes);
      offset += bytes.length;
      partial.append(new String(bytes, StandardCharsets.UTF_8));
    }
    int newline;
    while ((newline = partial.indexOf("\n")) >= 0) {
      String line = partial.substring(0, newline);
      partial.delete(0, newline + 1);
      RecordedDecision.parse(line).ifPresent(sink);
    }
  }
}
