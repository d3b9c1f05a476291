package dev.rehearsal.oidc.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rehearsal.oidc.http.Json;
import dev.rehearsal.oidc.http.Responses;
import dev.rehearsal.oidc.keys.SigningKeys;
import dev.rehearsal.oidc.state.StateConfig;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /.well-known/openid-configuration} and {@code /.well-known/jwks} in GitHub's shapes
 * (facts.md, "Discovery"). {@code jwks_uri} is {@code <issuer>/.well-known/jwks}, exactly as GitHub
 * writes it, whatever address this server has: a verifier maps the issuer to this server. For an
 * issuer with a path (GHEC's {@code https://token.actions.githubusercontent.com/SLUG}) both
 * documents are also served under that path, where such a verifier looks for them.
 */
@ApplicationScoped
public class DiscoveryRoutes {
  static final List<String> CLAIMS_SUPPORTED =
      List.of(
          "sub",
          "aud",
          "exp",
          "iat",
          "iss",
          "jti",
          "nbf",
          "ref",
          "sha",
          "repository",
          "repository_id",
          "repository_owner",
          "repository_owner_id",
          "enterprise",
          "enterprise_id",
          "run_id",
          "run_number",
          "run_attempt",
          "actor",
          "actor_id",
          "workflow",
          "workflow_ref",
          "workflow_sha",
          "head_ref",
          "base_ref",
          "event_name",
          "ref_type",
          "ref_protected",
          "environment",
          "environment_node_id",
          "job_workflow_ref",
          "job_workflow_sha",
          "repository_visibility",
          "runner_environment",
          "check_run_id");

  @Inject StateConfig config;
  @Inject SigningKeys keys;

  /** Rendered at the first request: Jackson is not started before the emulator first answers. */
  private volatile String discovery;

  void register(@Observes Router router) {
    String path = URI.create(config.issuer()).getPath();
    for (String prefix :
        path == null || path.isEmpty() || path.equals("/") ? List.of("") : List.of("", path)) {
      router
          .get(prefix + "/.well-known/openid-configuration")
          .handler(context -> Responses.raw(context, 200, discovery()));
      router
          .get(prefix + "/.well-known/jwks")
          .handler(keys.whenLoaded(context -> Responses.raw(context, 200, keys.jwks())));
    }
  }

  private String discovery() {
    String document = discovery;
    if (document == null) {
      document = discoveryDocument(config.issuer());
      discovery = document;
    }
    return document;
  }

  static String discoveryDocument(String issuer) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("issuer", issuer);
    document.put("jwks_uri", issuer + "/.well-known/jwks");
    document.put("subject_types_supported", List.of("public", "pairwise"));
    document.put("response_types_supported", List.of("id_token"));
    document.put("claims_supported", CLAIMS_SUPPORTED);
    document.put("id_token_signing_alg_values_supported", List.of("RS256"));
    document.put("scopes_supported", List.of("openid"));
    try {
      return Json.MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The discovery document is plain maps and lists", e);
    }
  }
}
