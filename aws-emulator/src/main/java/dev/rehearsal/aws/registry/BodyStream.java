package dev.rehearsal.aws.registry;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A request body as a blocking {@link InputStream} for a worker thread, fed by the event loop, with
 * back-pressure: the connection is paused while more than {@value #HIGH_WATER} bytes wait, so a 1
 * GiB layer streams to disk through a few MiB of memory. A connection that closes before the body
 * ends, or a body that stalls for {@value #IDLE_SECONDS} s, ends the stream with an {@link
 * IOException}, so that nothing half-received is kept.
 */
final class BodyStream extends InputStream {
  /** The body did not arrive whole: the client went away or stopped sending. Not a server fault. */
  static final class Interrupted extends IOException {
    Interrupted(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Whether {@code failure} comes from a request body that did not arrive whole. */
  static boolean interrupted(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof Interrupted) {
        return true;
      }
    }
    return false;
  }

  static final int HIGH_WATER = 4 * 1024 * 1024;
  static final int LOW_WATER = 1024 * 1024;
  static final long IDLE_SECONDS = 120;

  private final HttpServerRequest request;
  private final Context context;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Buffer> chunks = new ArrayDeque<>();
  private long queued;
  private boolean ended;
  private boolean paused;
  private Throwable failure;
  private Buffer current;
  private int position;

  private BodyStream(HttpServerRequest request, Context context) {
    this.request = request;
    this.context = context;
  }

  /**
   * Starts reading {@code request} (paused by the caller on the event loop before it was handed to
   * a worker).
   */
  static BodyStream of(HttpServerRequest request, Context context) {
    BodyStream stream = new BodyStream(request, context);
    context.runOnContext(
        v -> {
          if (request.isEnded()) {
            // Nothing more will come (an empty body already received): Vert.x refuses handlers.
            stream.finish(null);
            return;
          }
          request.handler(stream::offer);
          request.endHandler(x -> stream.finish(null));
          request.exceptionHandler(stream::finish);
          request
              .connection()
              .closeHandler(x -> stream.finish(new IOException("connection closed")));
          request.resume();
        });
    return stream;
  }

  private void offer(Buffer buffer) {
    lock.lock();
    try {
      chunks.add(buffer);
      queued += buffer.length();
      if (queued > HIGH_WATER && !paused) {
        paused = true;
        request.pause();
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void finish(Throwable error) {
    lock.lock();
    try {
      if (!ended) {
        ended = true;
        failure = error;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (current == null || position >= current.length()) {
      current = next();
      position = 0;
      if (current == null) {
        return -1;
      }
    }
    int n = Math.min(length, current.length() - position);
    current.getBytes(position, position + n, target, offset);
    position += n;
    return n;
  }

  private Buffer next() throws IOException {
    lock.lock();
    try {
      while (chunks.isEmpty()) {
        if (ended) {
          if (failure != null) {
            throw new Interrupted("the request body ended early: " + failure.getMessage(), failure);
          }
          return null;
        }
        if (!changed.await(IDLE_SECONDS, TimeUnit.SECONDS)) {
          throw new Interrupted("no request body received for " + IDLE_SECONDS + " s", null);
        }
      }
      Buffer buffer = chunks.poll();
      queued -= buffer.length();
      if (paused && queued < LOW_WATER) {
        paused = false;
        context.runOnContext(v -> request.resume());
      }
      return buffer;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Interrupted("interrupted while reading the request body", e);
    } finally {
      lock.unlock();
    }
  }
}
