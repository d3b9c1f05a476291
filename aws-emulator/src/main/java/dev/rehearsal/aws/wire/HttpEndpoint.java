package dev.rehearsal.aws.wire;

import dev.rehearsal.aws.auth.IncomingRequest;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.evaluation.RequestOrigin;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
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
import java.util.Optional;

/**
 * The HTTP face: {@code GET /_rehearsal/ready} (unauthenticated, for whoever starts the emulator),
 * JSON 1.1 requests on {@code /} (ECR: {@code Content-Type: application/x-amz-json-1.1} with an
 * {@code X-Amz-Target}) and every query-protocol request on {@code /} (IAM, STS), answered on a
 * worker thread (IAM writes to disk, STS may fetch an issuer's keys).
 */
public final class HttpEndpoint {
  /** Larger than any valid IAM or STS request; a larger body is refused before it is read. */
  static final long BODY_LIMIT = 1024 * 1024;

  /**
   * Larger than any valid ECR request: {@code UploadLayerPart} carries a layer part in base64, and
   * ECR's parts are at most 10 MiB (ECR User Guide, "Amazon ECR service quotas": layer part).
   */
  static final long JSON_BODY_LIMIT = 16 * 1024 * 1024;

  private final QueryRouter router;
  private final JsonRouter json;

  public HttpEndpoint(QueryRouter router, JsonRouter json) {
    this.router = router;
    this.json = json;
  }

  public void mount(Router http) {
    // What Vert.x refuses before any route runs (e.g. a malformed percent-escape in the query)
    // reaches its error handler, not a route's failure handler.
    http.errorHandler(400, this::refuse);
    http.get("/_rehearsal/ready").handler(ctx -> ctx.response().end("ready\n"));
    http.post("/")
        .consumes(JsonRouter.CONTENT_TYPE)
        .handler(BodyHandler.create(false).setBodyLimit(JSON_BODY_LIMIT))
        .failureHandler(this::refuse);
    http.post("/")
        .consumes(JsonRouter.CONTENT_TYPE)
        .blockingHandler(this::handleJson, false)
        .failureHandler(this::refuse);
    http.route("/")
        .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
        .failureHandler(this::refuse);
    http.route("/")
        .blockingHandler(
            ctx -> {
              // A JSON service's target with another content type: answered by JSON's rules.
              if (ctx.request().getHeader("X-Amz-Target") != null) {
                handleJson(ctx);
              } else {
                handle(ctx);
              }
            },
            false)
        .failureHandler(this::refuse);
  }

  /**
   * Whatever the web framework refuses before a service sees the request (a body over the limit,
   * too many form fields, a malformed query string), answered in the protocol the request spoke,
   * never as the framework's HTML page.
   */
  private void refuse(RoutingContext ctx) {
    int status = ctx.statusCode() > 0 ? ctx.statusCode() : 400;
    Throwable failure = ctx.failure();
    AwsErrorCode code;
    String message;
    if (status == 413) {
      code = AwsErrorCode.REQUEST_ENTITY_TOO_LARGE;
      message =
          "The request body is larger than the "
              + (isJson(ctx) ? JSON_BODY_LIMIT : BODY_LIMIT)
              + " bytes this endpoint accepts";
    } else if (failure instanceof HttpPostRequestDecoder.TooManyFormFieldsException) {
      code = AwsErrorCode.MALFORMED_QUERY_STRING;
      message = "The request has more parameters than this endpoint accepts";
    } else if (status >= 500 || failure != null && !(failure instanceof IllegalArgumentException)) {
      code = AwsErrorCode.SERVICE_FAILURE;
      message = "The request processing has failed because of an unknown error.";
    } else {
      code = AwsErrorCode.MALFORMED_QUERY_STRING;
      message = "The request could not be read: " + (failure == null ? "" : failure.getMessage());
    }
    RehearsalException error = new RehearsalException(code, message);
    if (ctx.response().ended()) {
      return;
    }
    if (isJson(ctx)) {
      JsonRouter.Answer answer = JsonRouter.error(error, XmlRenderer.newRequestId());
      ctx.response()
          .setStatusCode(code.httpStatus())
          .putHeader("Content-Type", JsonRouter.CONTENT_TYPE)
          .putHeader("x-amzn-RequestId", answer.requestId())
          .putHeader("x-amzn-ErrorType", answer.errorType())
          .end(io.vertx.core.buffer.Buffer.buffer(answer.body()));
      return;
    }
    QueryRouter.Answer answer = router.malformed(error);
    ctx.response()
        .setStatusCode(answer.status())
        .putHeader("Content-Type", "text/xml")
        .putHeader("x-amzn-RequestId", answer.requestId())
        .end(answer.body());
  }

  private static boolean isJson(RoutingContext ctx) {
    return ctx.request().getHeader("X-Amz-Target") != null;
  }

  /**
   * Any path no service answers: IAM, STS and ECR answer on {@code /}, the registry on {@code
   * /v2/}; said in the query protocol's shape, naming what is emulated.
   */
  public void mountFallback(Router http) {
    http.route()
        .last()
        .handler(
            ctx -> {
              QueryRouter.Answer answer =
                  router.malformed(
                      new RehearsalException(
                          AwsErrorCode.NOT_FOUND,
                          "Nothing is emulated at "
                              + ctx.request().method()
                              + " "
                              + ctx.request().path()
                              + ": IAM, STS and ECR answer on /, ECR's registry on /v2/"));
              ctx.response()
                  .setStatusCode(answer.status())
                  .putHeader("Content-Type", "text/xml")
                  .putHeader("x-amzn-RequestId", answer.requestId())
                  .end(answer.body());
            });
  }

  private void handleJson(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
    String target = request.getHeader("X-Amz-Target");
    JsonRouter.Answer answer;
    try {
      answer =
          json.answer(
              new IncomingRequest(
                  request.method().name(),
                  request.path(),
                  QueryParams.decode(request.query()),
                  headers(request),
                  body,
                  sourceIp(request)),
              target == null ? "" : target);
    } catch (RehearsalException e) {
      answer = JsonRouter.error(e, XmlRenderer.newRequestId());
    }
    var response =
        ctx.response()
            .setStatusCode(answer.status())
            .putHeader("Content-Type", JsonRouter.CONTENT_TYPE)
            .putHeader("x-amzn-RequestId", answer.requestId());
    if (answer.errorType() != null) {
      response.putHeader("x-amzn-ErrorType", answer.errorType());
    }
    response.end(io.vertx.core.buffer.Buffer.buffer(answer.body()));
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
              body,
              sourceIp(request));
      answer = router.answer(incoming, new String(body, StandardCharsets.UTF_8));
    } catch (RehearsalException e) {
      answer = router.malformed(e);
    }
    ctx.response()
        .setStatusCode(answer.status())
        .putHeader("Content-Type", "text/xml")
        .putHeader("x-amzn-RequestId", answer.requestId())
        .end(answer.body());
  }

  /** The peer's address, {@code aws:SourceIp} of its requests. */
  public static Optional<String> sourceIp(HttpServerRequest request) {
    return Optional.ofNullable(request.remoteAddress())
        .map(address -> address.hostAddress())
        .filter(address -> address != null && RequestOrigin.isAddress(address));
  }

  static Map<String, List<String>> headers(HttpServerRequest request) {
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
