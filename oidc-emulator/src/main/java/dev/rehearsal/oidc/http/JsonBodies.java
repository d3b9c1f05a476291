package dev.rehearsal.oidc.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** Reads request bodies as JSON trees; what does not parse is GitHub's 400. */
public final class JsonBodies {
  // Duplicate members are refused rather than letting the last one silently win.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonBodies() {}

  public static JsonNode read(RoutingContext context) {
    String body = context.body().asString();
    if (body == null || body.isBlank()) {
      throw GitHubErrors.problemsParsingJson("the request has no body");
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw GitHubErrors.problemsParsingJson(e.getOriginalMessage());
    }
  }
}
