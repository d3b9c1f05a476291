package dev.rehearsal.cli.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.rehearsal.cli.explain.DecisionTail;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live feed: the decision log followed ({@link DecisionTail}) and each new decision sent to
 * every open page as a server-sent event (HTML Living Standard, "Server-sent events"): {@code id}
 * the request id, {@code data} the decision's JSON line as the aws-emulator wrote it. A page that
 * connects first gets the latest {@link #KEPT} decisions.
 */
final class DecisionFeed implements AutoCloseable {
  static final int KEPT = 50;
  private static final long POLL_MILLIS = 200;
  private static final long HEARTBEAT_MILLIS = 15_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DecisionTail tail;
  private final Deque<String> latest = new ArrayDeque<>();
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private final Thread poller;
  private volatile boolean open = true;

  /** Follows the aws-emulator's decision log, {@code file}, from its start. */
  DecisionFeed(Path file) {
    tail = new DecisionTail(file, true);
    poller = new Thread(this::follow, "page-decisions");
    poller.setDaemon(true);
    poller.start();
  }

  private void follow() {
    long sinceHeartbeat = 0;
    while (open) {
      tail.poll().forEach(this::publish);
      sinceHeartbeat += POLL_MILLIS;
      if (sinceHeartbeat >= HEARTBEAT_MILLIS) {
        sinceHeartbeat = 0;
        // a comment line: keeps proxies quiet and finds listeners that went away
        broadcast(": still here\n\n");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void publish(String line) {
    String event = event(line);
    synchronized (latest) {
      latest.addLast(event);
      while (latest.size() > KEPT) {
        latest.removeFirst();
      }
    }
    broadcast(event);
  }

  /** One decision as an event; a line that is not JSON is sent as text (a log being written). */
  static String event(String line) {
    String id = "";
    try {
      JsonNode decision = JSON.readTree(line);
      id = decision.path("requestId").asText("");
    } catch (IOException e) {
      // not a decision the page can read: sent all the same, the page shows it as it is
    }
    return (id.isEmpty() || id.contains("\n") ? "" : "id: " + id + "\n")
        + "event: decision\ndata: "
        + line.replace("\n", " ")
        + "\n\n";
  }

  private void broadcast(String event) {
    byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
    for (OutputStream listener : listeners) {
      try {
        listener.write(bytes);
        listener.flush();
      } catch (IOException e) {
        listeners.remove(listener);
        close(listener);
      }
    }
  }

  /** {@code GET /api/decisions}: an event stream, open until the page goes away. */
  void subscribe(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    StringBuilder backlog = new StringBuilder("retry: 1000\n\n");
    // Under the lock: a decision published meanwhile is in the backlog or sent after it (or, at
    // worst, both: the page skips a request id it has).
    synchronized (latest) {
      latest.forEach(backlog::append);
      body.write(backlog.toString().getBytes(StandardCharsets.UTF_8));
      body.flush();
      listeners.add(body);
    }
  }

  @Override
  public void close() {
    open = false;
    poller.interrupt();
    listeners.forEach(DecisionFeed::close);
    listeners.clear();
  }

  private static void close(OutputStream listener) {
    try {
      listener.close();
    } catch (IOException e) {
      // the page went away first
    }
  }
}
