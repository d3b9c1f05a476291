package dev.rehearsal.oidc.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.github.GitHubValidationException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/** Writes JSON answers and renders every error, in GitHub's shape, in one place. */
public final class Responses {
  private static final Logger LOG = Logger.getLogger(Responses.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Responses() {}

  public static void json(RoutingContext context, int status, Object body) {
    try {
      raw(context, status, JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Response bodies are plain maps and lists", e);
    }
  }

  /** A body already serialised (the cached discovery document and JWKS, a token response). */
  public static void raw(RoutingContext context, int status, String json) {
    HttpServerResponse response = context.response();
    response.setStatusCode(status);
    response.putHeader("content-type", "application/json; charset=utf-8");
    response.end(json);
  }

  public static void error(RoutingContext context, GitHubValidationException error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", error.getMessage());
    error.documentationUrl().ifPresent(url -> body.put("documentation_url", url));
    body.put("status", String.valueOf(error.httpStatus()));
    json(context, error.httpStatus(), body);
  }

  /** The router's failure handler: known errors in GitHub's shape, anything else a plain 500. */
  public static void failure(RoutingContext context) {
    Throwable failure = context.failure();
    if (failure instanceof GitHubValidationException known) {
      error(context, known);
      return;
    }
    if (failure == null && context.statusCode() == 404) {
      error(context, GitHubErrors.notFound());
      return;
    }
    if (failure == null && context.statusCode() == 405) {
      error(context, new GitHubValidationException(405, "Method Not Allowed", null));
      return;
    }
    LOG.error("Unexpected failure on " + context.request().path(), failure);
    error(
        context,
        new GitHubValidationException(
            500, "Internal error: " + (failure == null ? context.statusCode() : failure), null));
  }
}
