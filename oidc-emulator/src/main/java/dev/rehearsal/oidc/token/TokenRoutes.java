package dev.rehearsal.oidc.token;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.github.TokenRequest;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.oidc.admin.AdminToken;
import dev.rehearsal.oidc.http.GitHubErrors;
import dev.rehearsal.oidc.http.JsonBodies;
import dev.rehearsal.oidc.http.Responses;
import dev.rehearsal.oidc.keys.SigningKeys;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /_rehearsal/tokens}: a token straight from a run context, without a job, with
 * optional {@code audience} and {@code overrides} ({@link MintOverrides}) to produce the expired,
 * not-yet-valid, wrongly issued or wrongly signed tokens a verifier must refuse.
 */
@ApplicationScoped
public class TokenRoutes {
  private static final Set<String> MEMBERS = Set.of("audience", "overrides");

  @Inject TokenMinter minter;
  @Inject SigningKeys keys;
  @Inject AdminToken admin;

  void register(@Observes Router router) {
    router
        .post("/_rehearsal/tokens")
        .handler(BodyHandler.create().setBodyLimit(1 << 20))
        .handler(keys.whenLoaded(this::mint));
  }

  private void mint(RoutingContext context) {
    admin.require(context);
    JsonNode body = JsonBodies.read(context);
    WorkflowRun run = RunContextReader.read(body, MEMBERS);
    MintOverrides overrides = MintOverrides.read(body.get("overrides"));
    TokenRequest request = minter.request(run, audience(body.get("audience")));
    Responses.json(context, 200, Map.of("value", minter.mint(request, overrides)));
  }

  private static Optional<String> audience(JsonNode audience) {
    if (audience == null || audience.isNull()) {
      return Optional.empty();
    }
    if (!audience.isTextual() || audience.textValue().isBlank()) {
      throw GitHubErrors.validationFailed("'audience' must be a non-blank string, got " + audience);
    }
    return Optional.of(audience.textValue());
  }
}
