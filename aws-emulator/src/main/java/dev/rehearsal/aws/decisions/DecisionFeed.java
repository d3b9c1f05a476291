package dev.rehearsal.aws.decisions;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The decision log over HTTP, for the page and {@code rehearse explain --follow}: {@code GET
 * /_rehearsal/decisions?last=N} answers the last N records (default 50, at most 256) as JSON lines;
 * with {@code follow=true} it is a server-sent-events stream ({@code text/event-stream}, one {@code
 * data:} message per record, the last N first, default 0) that lasts until the client goes. Like
 * {@code /_rehearsal/ready} it needs no signature: the records hold no secret, and the account's
 * root key is known on this loopback endpoint anyway.
 */
public final class DecisionFeed {
  public static final String PATH = "/_rehearsal/decisions";

  private final DecisionLog log;

  public DecisionFeed(DecisionLog log) {
    this.log = log;
  }

  public void mount(Router http) {
    http.get(PATH).handler(this::answer);
  }

  private void answer(RoutingContext ctx) {
    boolean follow = "true".equals(ctx.request().getParam("follow"));
    int last = last(ctx.request().getParam("last"), follow ? 0 : 50);
    List<String> recent = log.recent(last);
    HttpServerResponse response = ctx.response();
    if (!follow) {
      StringBuilder body = new StringBuilder();
      recent.forEach(json -> body.append(json).append('\n'));
      response.putHeader("Content-Type", "application/x-ndjson").end(body.toString());
      return;
    }
    response
        .setChunked(true)
        .putHeader("Content-Type", "text/event-stream")
        .putHeader("Cache-Control", "no-cache");
    // A comment first, so that a client sees the stream open before the first decision.
    response.write(": decisions of the aws-emulator\n\n");
    recent.forEach(json -> response.write(event(json)));
    Context context = Vertx.currentContext();
    Runnable stop =
        log.follow(
            json ->
                context.runOnContext(
                    v -> {
                      if (!response.closed() && !response.ended()) {
                        response.write(event(json));
                      }
                    }));
    response.closeHandler(v -> stop.run());
    response.exceptionHandler(e -> stop.run());
  }

  private static String event(String json) {
    return "data: " + json + "\n\n";
  }

  private static int last(String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Math.max(0, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
