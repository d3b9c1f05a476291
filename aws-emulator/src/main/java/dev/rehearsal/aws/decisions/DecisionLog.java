package dev.rehearsal.aws.decisions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The decision log: {@code DIR/decisions.jsonl}, one {@link DecisionRecord} per line, rotated at a
 * size limit. A request renders its own record (core's explanation, JSON: work that runs on every
 * worker thread at once, and leaves nothing of the decision's objects alive) and hands the line to
 * one writer thread, which appends it, so a request never waits for the disk (docs/benchmarks.md,
 * "the decision log"). A full queue makes requests wait rather than lose a record; {@link #close()}
 * writes every record handed over before it, and a record handed over after it is written at once.
 */
public final class DecisionLog implements AutoCloseable {
  /** The base name of the log's files: {@code decisions.jsonl}, {@code decisions.1.jsonl}, … */
  public static final String NAME = "decisions";

  private static final Logger LOG = Logger.getLogger(DecisionLog.class);
  private static final int QUEUE = 16_384;
  private static final int RECENT = 256;
  private static final JsonFactory JSON = new JsonFactory();

  private final RotatingFile file;
  private final Clock clock;
  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE);
  private final ReentrantReadWriteLock closing = new ReentrantReadWriteLock();
  private final Deque<byte[]> recent = new ArrayDeque<>();
  private final List<Consumer<String>> followers = new CopyOnWriteArrayList<>();
  private final Thread writer;
  private volatile boolean closed;

  private DecisionLog(RotatingFile file, Clock clock) {
    this.file = file;
    this.clock = clock;
    if (file == null) {
      this.writer = null;
      return;
    }
    this.writer = new Thread(this::drain, "decision-log");
    writer.setDaemon(true);
    writer.start();
  }

  /** A log in {@code directory}, files of at most {@code maxFileBytes}, {@code keep} older ones. */
  public static DecisionLog open(Path directory, long maxFileBytes, int keep, Clock clock) {
    try {
      return new DecisionLog(new RotatingFile(directory, NAME, maxFileBytes, keep), clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the decision log in " + directory, e);
    }
  }

  /** A log that records nothing: every deliberation is forgotten. */
  public static DecisionLog off(Clock clock) {
    return new DecisionLog(null, clock);
  }

  boolean enabled() {
    return file != null;
  }

  /** Opens the deliberation of one request on this thread; the caller closes it with the answer. */
  public Deliberation begin(String requestId, String service, String action) {
    Deliberation deliberation = new Deliberation(this, requestId, clock.instant(), service, action);
    if (enabled()) {
      deliberation.open();
    }
    return deliberation;
  }

  void append(DecisionRecord record) {
    byte[] line = render(record);
    if (line == null) {
      return;
    }
    closing.readLock().lock();
    try {
      if (!closed) {
        putUninterruptibly(line);
        return;
      }
    } finally {
      closing.readLock().unlock();
    }
    write(List.of(line));
  }

  /** The record's JSON and a newline; null when it could not be made. */
  private static byte[] render(DecisionRecord record) {
    ByteArrayOutputStream line = new ByteArrayOutputStream(2048);
    try (JsonGenerator json = JSON.createGenerator(line)) {
      record.write(json);
    } catch (IOException | RuntimeException e) {
      // One decision that cannot be written must not cost the request its answer.
      LOG.errorf(e, "decision log: the record of %s could not be written", record.requestId());
      return null;
    }
    line.write('\n');
    return line.toByteArray();
  }

  private void putUninterruptibly(byte[] line) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(line);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain() {
    List<byte[]> batch = new ArrayList<>();
    while (!closed || !queue.isEmpty()) {
      try {
        byte[] first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
      } catch (InterruptedException e) {
        continue;
      }
      queue.drainTo(batch);
      write(batch);
      batch.clear();
    }
  }

  private synchronized void write(List<byte[]> batch) {
    try {
      for (byte[] line : batch) {
        file.append(line);
      }
      file.flush();
    } catch (IOException e) {
      LOG.errorf(e, "decision log: %d records not written", batch.size());
    }
    synchronized (recent) {
      for (byte[] line : batch) {
        if (recent.size() == RECENT) {
          recent.removeFirst();
        }
        recent.addLast(line);
      }
    }
    for (Consumer<String> follower : followers) {
      for (byte[] line : batch) {
        follower.accept(json(line));
      }
    }
  }

  private static String json(byte[] line) {
    return new String(line, 0, line.length - 1, StandardCharsets.UTF_8);
  }

  /** The last {@code n} records written (at most 256), oldest first, as JSON. */
  public List<String> recent(int n) {
    List<byte[]> lines;
    synchronized (recent) {
      lines = new ArrayList<>(recent);
    }
    return lines.subList(Math.max(0, lines.size() - n), lines.size()).stream()
        .map(DecisionLog::json)
        .toList();
  }

  /**
   * Calls {@code follower} with each record written from now on, as JSON, on the log's writer
   * thread (it must not block); the returned action stops it.
   */
  public Runnable follow(Consumer<String> follower) {
    followers.add(follower);
    return () -> followers.remove(follower);
  }

  /** Writes every record handed over so far; later ones are written as they come. */
  @Override
  public void close() {
    if (!enabled() || closed) {
      return;
    }
    closing.writeLock().lock();
    try {
      closed = true;
    } finally {
      closing.writeLock().unlock();
    }
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<byte[]> rest = new ArrayList<>();
    queue.drainTo(rest);
    write(rest);
  }
}
