package dev.rehearsal.oidc.subject;

import dev.rehearsal.core.github.SubjectTemplate;
import dev.rehearsal.core.github.SubjectTemplateRequests;
import dev.rehearsal.oidc.admin.AdminToken;
import dev.rehearsal.oidc.http.JsonBodies;
import dev.rehearsal.oidc.http.Responses;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub's subject customization endpoints (REST API, "GitHub Actions OIDC"): {@code PUT} answers
 * 201 with an empty object, {@code GET} the stored template. Bodies are read and validated by core
 * ({@link SubjectTemplateRequests}), which decides GitHub's status codes and messages.
 */
@ApplicationScoped
public class SubjectRoutes {
  static final String REPOSITORY = "/repos/:owner/:repo/actions/oidc/customization/sub";
  static final String ORGANIZATION = "/orgs/:org/actions/oidc/customization/sub";

  @Inject SubjectTemplates templates;
  @Inject AdminToken admin;

  void register(@Observes Router router) {
    BodyHandler bodies = BodyHandler.create().setBodyLimit(1 << 16);
    router.get(REPOSITORY).handler(this::getRepository);
    router.put(REPOSITORY).handler(bodies).blockingHandler(this::putRepository);
    router.get(ORGANIZATION).handler(this::getOrganization);
    router.put(ORGANIZATION).handler(bodies).blockingHandler(this::putOrganization);
  }

  private void getRepository(RoutingContext context) {
    admin.require(context);
    SubjectTemplate template =
        templates.repository(repository(context)).orElse(SubjectTemplate.githubDefault());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("use_default", template.useDefault());
    if (!template.useDefault()) {
      body.put("include_claim_keys", template.includeClaimKeys());
    }
    Responses.json(context, 200, body);
  }

  private void putRepository(RoutingContext context) {
    admin.require(context);
    SubjectTemplate template = SubjectTemplateRequests.repository(JsonBodies.read(context));
    templates.setRepository(repository(context), template);
    Responses.raw(context, 201, "{}");
  }

  private void getOrganization(RoutingContext context) {
    admin.require(context);
    List<String> keys = templates.organization(context.pathParam("org")).orElse(List.of());
    Responses.json(context, 200, Map.of("include_claim_keys", keys));
  }

  private void putOrganization(RoutingContext context) {
    admin.require(context);
    List<String> keys = SubjectTemplateRequests.organization(JsonBodies.read(context));
    templates.setOrganization(context.pathParam("org"), keys);
    Responses.raw(context, 201, "{}");
  }

  private static String repository(RoutingContext context) {
    return context.pathParam("owner") + "/" + context.pathParam("repo");
  }
}
