package dev.rehearsal.cli.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rehearsal.cli.Logging;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.explain.DecisionFiles;
import dev.rehearsal.cli.token.IssuerClient;
import dev.rehearsal.cli.world.Companion;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.WorldRecord;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.provisioner.aws.AwsClients;
import dev.rehearsal.provisioner.aws.AwsTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The page {@code rehearse up} serves: the JDK's HTTP server on 127.0.0.1 and a free port, its
 * assets from the classpath ({@link Assets}), and JSON endpoints over what exists — the world read
 * through the aws-emulator's APIs ({@link WorldView}), tokens minted by the oidc-emulator's admin
 * API ({@link TokenView}), trials of a token against a role ({@link TrialView}) — and the live feed
 * of decisions ({@link DecisionFeed}).
 *
 * <p>It can mint tokens with the admin token, so only this machine's browser may use it: it binds
 * loopback only, answers only requests whose {@code Host} is its own address (DNS rebinding), and
 * takes a {@code POST} only as JSON from its own origin (another site's form cannot send one).
 */
public final class PageServer implements Companion.Running {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String REGION = "us-east-1";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Clients aws;
  private final DecisionFeed feed;
  private final String url;

  private PageServer(HttpServer server, ExecutorService executor, Clients aws, DecisionFeed feed) {
    this.server = server;
    this.executor = executor;
    this.aws = aws;
    this.feed = feed;
    this.url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** Serves the page of {@code world}, running on {@code data}, on a free loopback port. */
  public static PageServer start(WorldRecord world, DataDirectory data) {
    Logging.quietSlf4j();
    // Without TCP_NODELAY the JDK's server writes a response's headers and body apart and the
    // second waits for the client's delayed ACK: ~40 ms on every request of a kept-alive
    // connection (measured: docs/benchmarks.md, "The page's first load"). Read when the server's
    // classes load, so set before the first one is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UserError("cannot serve the page: " + e.getMessage(), e);
    }
    Clients aws =
        new Clients(new AwsClients(AwsTarget.emulator(URI.create(world.aws().url()), REGION)));
    DecisionFeed feed = new DecisionFeed(DecisionFiles.of(data).current());
    ExecutorService executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "page");
              thread.setDaemon(true);
              return thread;
            });
    PageServer page = new PageServer(server, executor, aws, feed);
    page.route(
        new WorldView(aws, executor),
        new TokenView(new IssuerClient(data, world)),
        new TrialView(aws));
    server.setExecutor(executor);
    server.start();
    // The SDK's clients cost a fraction of a second each to build: built now, not on first use.
    executor.execute(page::warm);
    return page;
  }

  private void route(WorldView world, TokenView tokens, TrialView trials) {
    Assets assets = new Assets();
    server.createContext("/", exchange -> handle(exchange, "GET", () -> assets.serve(exchange)));
    server.createContext(
        "/api/world", exchange -> handle(exchange, "GET", () -> json(exchange, world.read())));
    server.createContext(
        "/api/token",
        exchange -> handle(exchange, "POST", () -> json(exchange, tokens.mint(body(exchange)))));
    server.createContext(
        "/api/try",
        exchange -> handle(exchange, "POST", () -> json(exchange, trials.attempt(body(exchange)))));
    server.createContext(
        "/api/decisions", exchange -> handle(exchange, "GET", () -> feed.subscribe(exchange)));
  }

  private void warm() {
    try {
      aws.iam();
      aws.ecr();
      aws.sts();
      aws.cloudFormation();
    } catch (RuntimeException e) {
      // built again on first use, with its error then
    }
  }

  /** What a route does once the request is known to come from the page itself. */
  @FunctionalInterface
  private interface Action {
    void run() throws IOException, InterruptedException;
  }

  private void handle(HttpExchange exchange, String method, Action action) throws IOException {
    try {
      String refused = Guard.refusal(exchange, server.getAddress().getPort(), method);
      if (refused != null) {
        send(exchange, 403, error(refused));
        return;
      }
      action.run();
    } catch (UserError | RehearsalException e) {
      send(exchange, 400, error(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send(exchange, 503, error("interrupted"));
    } catch (RuntimeException e) {
      send(exchange, 502, error(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private static JsonNode body(HttpExchange exchange) throws IOException {
    try (var in = exchange.getRequestBody()) {
      return JSON.readTree(in.readAllBytes());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new UserError("the request is not JSON: " + e.getOriginalMessage());
    }
  }

  private static byte[] error(String message) throws IOException {
    return JSON.writeValueAsBytes(JSON.createObjectNode().put("error", message));
  }

  private static void json(HttpExchange exchange, JsonNode value) throws IOException {
    send(exchange, 200, JSON.writeValueAsBytes(value));
  }

  private static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, json.length);
    try (var out = exchange.getResponseBody()) {
      out.write(json);
    }
  }

  @Override
  public String url() {
    return url;
  }

  /** Stops serving; quick, and never throws: {@code up}'s shutdown stops the world after it. */
  @Override
  public void close() {
    try {
      feed.close();
      server.stop(0);
      executor.shutdownNow();
      aws.close();
    } catch (RuntimeException e) {
      // the process is ending: what was not closed goes with it
    }
  }
}
