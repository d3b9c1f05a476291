package dev.rehearsal.cli.explain;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Follows the decision log, {@code decisions.jsonl}, as {@code tail -F} does: the whole lines
 * appended since the last {@link #poll}; when the log is rotated (renamed to {@code
 * decisions.1.jsonl} and begun anew) the rest of the old file is read first, then the new one from
 * its start. Polls: the log is a file, and a rehearsal's pace is human. Not thread-safe: one poller
 * — {@code rehearse up}'s lines, {@code explain --follow} and the page's feed each have their own.
 */
public final class DecisionTail {
  private static final long POLL_MILLIS = 200;

  private final Path file;
  private Object fileKey;
  private long position;
  private byte[] partial = new byte[0];

  /**
   * @param fromStart whether the lines already in the file are handed on too
   */
  public DecisionTail(Path file, boolean fromStart) {
    this.file = file;
    if (!fromStart) {
      attributes(file)
          .ifPresent(
              existing -> {
                fileKey = existing.fileKey();
                position = existing.size();
              });
    }
  }

  /**
   * Follows {@code file} on a daemon thread (it ends with the program), handing each decision to
   * {@code sink}.
   */
  public static Thread start(Path file, boolean fromStart, Consumer<RecordedDecision> sink) {
    DecisionTail tail = new DecisionTail(file, fromStart);
    Thread thread =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                tail.poll().forEach(line -> RecordedDecision.parse(line).ifPresent(sink));
                try {
                  Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "decision-tail");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Lines appended since the last poll, oldest first. */
  public List<String> poll() {
    List<String> lines = new ArrayList<>();
    Optional<BasicFileAttributes> current = attributes(file);
    if (current.isEmpty()) {
      return lines;
    }
    Object key = current.get().fileKey();
    boolean replaced =
        fileKey != null && key != null && !Objects.equals(key, fileKey)
            || current.get().size() < position;
    if (replaced) {
      Path rotated = file.resolveSibling(rotatedName());
      if (attributes(rotated).map(a -> Objects.equals(a.fileKey(), fileKey)).orElse(false)) {
        read(rotated, lines);
      }
      position = 0;
      partial = new byte[0];
    }
    fileKey = key;
    read(file, lines);
    return lines;
  }

  /** {@code decisions.jsonl} → {@code decisions.1.jsonl}. */
  private String rotatedName() {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return name.substring(0, dot) + ".1" + name.substring(dot);
  }

  private void read(Path path, List<String> lines) {
    try (RandomAccessFile in = new RandomAccessFile(path.toFile(), "r")) {
      long length = in.length();
      if (length <= position) {
        return;
      }
      byte[] bytes = new byte[Math.toIntExact(Math.min(length - position, 1 << 20))];
      in.seek(position);
      in.readFully(bytes);
      position += bytes.length;
      split(bytes, lines);
    } catch (IOException e) {
      // gone between the look and the read (rotated): the next poll finds it
    }
  }

  /** Whole lines go out; a last line without its newline waits for the rest. */
  private void split(byte[] bytes, List<String> lines) {
    byte[] all = new byte[partial.length + bytes.length];
    System.arraycopy(partial, 0, all, 0, partial.length);
    System.arraycopy(bytes, 0, all, partial.length, bytes.length);
    int start = 0;
    for (int i = 0; i < all.length; i++) {
      if (all[i] == '\n') {
        String line = new String(all, start, i - start, StandardCharsets.UTF_8).strip();
        if (!line.isEmpty()) {
          lines.add(line);
        }
        start = i + 1;
      }
    }
    partial = Arrays.copyOfRange(all, start, all.length);
  }

  private static Optional<BasicFileAttributes> attributes(Path path) {
    try {
      return Optional.of(Files.readAttributes(path, BasicFileAttributes.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
