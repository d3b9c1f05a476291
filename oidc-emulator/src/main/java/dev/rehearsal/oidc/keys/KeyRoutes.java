package dev.rehearsal.oidc.keys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.oidc.admin.AdminToken;
import dev.rehearsal.oidc.http.GitHubErrors;
import dev.rehearsal.oidc.http.JsonBodies;
import dev.rehearsal.oidc.http.Responses;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Key rotation and retirement under {@code /_rehearsal/keys}. */
@ApplicationScoped
public class KeyRoutes {
  @Inject SigningKeys keys;
  @Inject AdminToken admin;

  void register(@Observes Router router) {
    router.get("/_rehearsal/keys").handler(keys.whenLoaded(this::list));
    router
        .post("/_rehearsal/keys/rotate")
        .handler(BodyHandler.create().setBodyLimit(1 << 16))
        .blockingHandler(this::rotate);
    router.delete("/_rehearsal/keys/:kid").blockingHandler(this::retire);
  }

  private void list(RoutingContext context) {
    admin.require(context);
    List<Map<String, Object>> listed = keys.all().stream().map(KeyRoutes::describe).toList();
    Responses.json(context, 200, Map.of("active", keys.active().kid(), "keys", listed));
  }

  /** Body (optional): {@code {"grace_seconds": N}}, how long the old key stays published. */
  private void rotate(RoutingContext context) {
    admin.require(context);
    Duration grace = SigningKeys.DEFAULT_GRACE;
    if (context.body().length() > 0) {
      JsonNode body = JsonBodies.read(context);
      JsonNode seconds = body.get("grace_seconds");
      if (!body.isObject() || body.size() != 1 || seconds == null) {
        throw GitHubErrors.validationFailed(
            "the body must be {\"grace_seconds\": N} or empty, got " + body);
      }
      if (!seconds.isIntegralNumber() || !seconds.canConvertToLong() || seconds.longValue() < 0) {
        throw GitHubErrors.validationFailed(
            "'grace_seconds' must be zero or more whole seconds, got " + seconds);
      }
      grace = Duration.ofSeconds(seconds.longValue());
    }
    String previous = keys.active().kid();
    SigningKey fresh = keys.rotate(grace);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("active", fresh.kid());
    answer.put("previous", previous);
    answer.put(
        "previous_published_until",
        keys.find(previous).orElseThrow().graceUntil().orElseThrow().toString());
    Responses.json(context, 201, answer);
  }

  private void retire(RoutingContext context) {
    admin.require(context);
    Responses.json(context, 200, describe(keys.retire(context.pathParam("kid"))));
  }

  private static Map<String, Object> describe(SigningKey key) {
    Map<String, Object> description = new LinkedHashMap<>();
    description.put("kid", key.kid());
    description.put("x5t", key.x5t());
    description.put("created_at", key.createdAt().toString());
    key.supersededAt().ifPresent(at -> description.put("superseded_at", at.toString()));
    key.graceUntil().ifPresent(at -> description.put("published_until", at.toString()));
    key.retiredAt().ifPresent(at -> description.put("retired_at", at.toString()));
    return description;
  }
}
