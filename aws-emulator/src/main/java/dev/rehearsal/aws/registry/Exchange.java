package dev.rehearsal.aws.registry;

import dev.rehearsal.aws.ecr.RegistryAddress;
import dev.rehearsal.core.error.RegistryErrorCode;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.io.InputStream;

/**
 * One registry request and its answer: the request's body as a stream (read at most once), and the
 * response with the headers every registry answer carries.
 */
final class Exchange {
  static final String CONTEXT = "rehearsal.event-loop";

  private final RoutingContext ctx;
  private BodyStream body;

  Exchange(RoutingContext ctx) {
    this.ctx = ctx;
  }

  HttpServerRequest request() {
    return ctx.request();
  }

  String header(String name) {
    return ctx.request().getHeader(name);
  }

  String query(String name) {
    return ctx.request().getParam(name);
  }

  /** The request body, streamed as it arrives. */
  InputStream body() {
    if (body == null) {
      body = BodyStream.of(ctx.request(), ctx.get(CONTEXT));
    }
    return body;
  }

  HttpServerResponse response(int status) {
    HttpServerResponse response = ctx.response().setStatusCode(status);
    RegistryRoutes.versionHeader(response);
    return response;
  }

  void json(int status, Buffer content) {
    response(status)
        .putHeader("Content-Type", "application/json")
        .putHeader("Content-Length", String.valueOf(content.length()))
        .end(content);
  }

  void empty(int status) {
    response(status).putHeader("Content-Length", "0").end();
  }

  void error(RegistryErrorCode code, String message, RegistryAddress address) {
    error(code, message, address, code.httpStatus());
  }

  void error(RegistryErrorCode code, String message, RegistryAddress address, int status) {
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    HttpServerResponse response = response(status);
    if (code == RegistryErrorCode.UNAUTHORIZED) {
      response.putHeader("WWW-Authenticate", RegistryAuth.challenge(address.host()));
    }
    byte[] bytes = RegistryErrors.body(code, message);
    if (ctx.request().method().name().equals("HEAD")) {
      response.putHeader("Content-Length", String.valueOf(bytes.length)).end();
      return;
    }
    response
        .putHeader("Content-Type", "application/json")
        .putHeader("Content-Length", String.valueOf(bytes.length))
        .end(Buffer.buffer(bytes));
  }

  /**
   * A request answered without its body having been read (a refusal) still has the body on the
   * wire; resumed and dropped, so the connection can serve the next request.
   */
  void drainIfUnread() {
    if (body == null) {
      Context context = ctx.get(CONTEXT);
      context.runOnContext(
          v -> {
            if (!ctx.request().isEnded()) {
              ctx.request().handler(buffer -> {});
              ctx.request().resume();
            }
          });
    }
  }
}
