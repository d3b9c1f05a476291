package dev.rehearsal.oidc.admin;

import dev.rehearsal.oidc.http.GitHubErrors;
import dev.rehearsal.oidc.http.Responses;
import dev.rehearsal.oidc.state.DataDirectory;
import dev.rehearsal.oidc.state.StateConfig;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What every route shares: readiness, the CA certificate, GitHub's error shape for every failure
 * and for unknown paths.
 */
@ApplicationScoped
public class AdminRoutes {
  @Inject StateConfig config;

  void register(@Observes Router router) {
    String caPem = config.dataDirectory().read(DataDirectory.CA_CERTIFICATE).orElseThrow();
    // Unauthenticated: a parent process polls it until the server answers.
    router
        .get("/_rehearsal/ready")
        .handler(context -> Responses.raw(context, 200, "{\"ready\":true}"));
    router
        .get("/_rehearsal/ca.pem")
        .handler(
            context ->
                context.response().putHeader("content-type", "application/x-pem-file").end(caPem));
    router.route().failureHandler(Responses::failure);
    router
        .route()
        .order(Integer.MAX_VALUE)
        .handler(context -> Responses.error(context, GitHubErrors.notFound()));
  }
}
