package dev.rehearsal.aws.wire;

import dev.rehearsal.aws.auth.IncomingRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP face: {@code GET /_rehearsal/ready} (unauthenticated, for whoever starts the emulator)
 * and every query-protocol request on {@code /}, answered on a worker thread (IAM writes to disk,
 * STS may fetch an issuer's keys).
 */
public final class HttpEndpoint {
  /** Larger than any valid IAM or STS request; a larger body is refused before it is read. */
  static final long BODY_LIMIT = 1024 * 1024;

  private final QueryRouter router;

  public HttpEndpoint(QueryRouter router) {
    this.router = router;
  }

  public void mount(Router http) {
    http.get("/_rehearsal/ready").handler(ctx -> ctx.response().end("ready\n"));
    http.route("/").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
    http.route("/").blockingHandler(this::handle, false);
  }

  private void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    QueryRouter.Answer answer;
    try {
      IncomingRequest incoming =
          new IncomingRequest(
              request.method().name(),
              request.path(),
              QueryParams.decode(request.query()),
              headers(request),
              body);
      answer = router.answer(incoming, new String(body, StandardCharsets.UTF_8));
    } catch (dev.rehearsal.core.error.RehearsalException e) {
      answer = router.malformed(e);
    }
    ctx.response()
        .setStatusCode(answer.status())
        .putHeader("Content-Type", "text/xml")
        .putHeader("x-amzn-RequestId", answer.requestId())
        .end(answer.body());
  }

  private static Map<String, List<String>> headers(HttpServerRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request
        .headers()
        .forEach(
            entry ->
                headers
                    .computeIfAbsent(
                        entry.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(entry.getValue()));
    // Over HTTP/2 (a client's h2c upgrade) the host travels as :authority, not as a header.
    if (!headers.containsKey("host") && request.authority() != null) {
      HostAndPort authority = request.authority();
      headers.put(
          "host",
          List.of(
              authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port()));
    }
    return headers;
  }
}
