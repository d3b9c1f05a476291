package dev.rehearsal.oidc.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.oidc.admin.AdminToken;
import dev.rehearsal.oidc.http.GitHubErrors;
import dev.rehearsal.oidc.http.Responses;
import dev.rehearsal.oidc.keys.SigningKeys;
import dev.rehearsal.oidc.state.StateConfig;
import dev.rehearsal.oidc.token.RunContextReader;
import dev.rehearsal.oidc.token.TokenMinter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runner's side of GitHub's token protocol (actions/toolkit {@code oidc-utils.ts}): a job is
 * registered with its run context and gets {@code ACTIONS_ID_TOKEN_REQUEST_URL} (carrying {@code
 * ?api-version=2.0}) and, only with {@code permissions: id-token: write}, {@code
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN}; the job then asks {@code GET <url>&audience=X} with {@code
 * Authorization: Bearer <request token>} and reads {@code {"value": "<jwt>"}}.
 */
@ApplicationScoped
public class RunnerRoutes {
  /** The path of the runner's token service, as in the URL GitHub's runner is given. */
  static final String TOKEN_PATH =
      "/_apis/distributedtask/hubs/Actions/plans/:planId/jobs/:jobId/idtoken";

  private static final Set<String> JOB_MEMBERS = Set.of("permissions", "expires_in");

  @Inject Jobs jobs;
  @Inject TokenMinter minter;
  @Inject SigningKeys keys;
  @Inject AdminToken admin;
  @Inject StateConfig config;

  void register(@Observes Router router) {
    router.get(TOKEN_PATH).handler(keys.whenLoaded(this::token));
    router
        .post("/_rehearsal/jobs")
        .handler(BodyHandler.create().setBodyLimit(1 << 20))
        .blockingHandler(this::registerJob);
    router.delete("/_rehearsal/jobs/:jobId").blockingHandler(this::endJob);
  }

  /** Runs on the event loop: signing is the whole cost, nothing here blocks. */
  private void token(RoutingContext context) {
    String version = context.request().getParam("api-version");
    if (version == null) {
      throw GitHubErrors.badRequest(
          "No api-version was supplied for the \"GET\" request; the runner's URL carries"
              + " ?api-version=2.0");
    }
    String bearer = bearer(context.request().getHeader("Authorization"));
    if (bearer == null) {
      throw GitHubErrors.badCredentials(
          "no Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>");
    }
    Job job =
        jobs.find(context.pathParam("jobId"))
            .filter(found -> found.planId().equals(context.pathParam("planId")))
            .orElseThrow(() -> GitHubErrors.notFound("no job " + context.pathParam("jobId")));
    if (!Jobs.tokenMatches(job, bearer)) {
      throw GitHubErrors.badCredentials();
    }
    if (job.expiredAt(jobs.now())) {
      throw GitHubErrors.badCredentials(
          "the request token expired with its job at " + job.expiresAt());
    }
    String audience = context.request().getParam("audience");
    String jwt =
        minter.mint(job.run(), Optional.ofNullable(audience).filter(value -> !value.isEmpty()));
    // A JWT is base64url and dots: nothing to escape.
    Responses.raw(context, 200, "{\"count\":" + jwt.length() + ",\"value\":\"" + jwt + "\"}");
  }

  private void registerJob(RoutingContext context) {
    admin.require(context);
    JsonNode body = dev.rehearsal.oidc.http.JsonBodies.read(context);
    WorkflowRun run = RunContextReader.read(body, JOB_MEMBERS);
    boolean idTokenWrite = idTokenWrite(body.get("permissions"));
    Duration lifetime = lifetime(body.get("expires_in"));
    ObjectNode runContext = ((ObjectNode) body).deepCopy();
    runContext.remove(JOB_MEMBERS);
    Jobs.Registration registration = jobs.register(runContext, run, idTokenWrite, lifetime);
    Job job = registration.job();
    String base =
        config.publicUrl().orElse("https://127.0.0.1:" + context.request().localAddress().port());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put(
        "ACTIONS_ID_TOKEN_REQUEST_URL",
        base
            + TOKEN_PATH.replace(":planId", job.planId()).replace(":jobId", job.jobId())
            + "?api-version=2.0");
    registration
        .requestToken()
        .ifPresent(token -> answer.put("ACTIONS_ID_TOKEN_REQUEST_TOKEN", token));
    answer.put("job_id", job.jobId());
    answer.put("expires_at", job.expiresAt().toString());
    Responses.json(context, 201, answer);
  }

  private void endJob(RoutingContext context) {
    admin.require(context);
    if (!jobs.remove(context.pathParam("jobId"))) {
      throw GitHubErrors.notFound("no job " + context.pathParam("jobId"));
    }
    context.response().setStatusCode(204).end();
  }

  /**
   * GitHub's {@code permissions} syntax: {@code id-token: write}, or the shorthands {@code
   * write-all} / {@code read-all} (docs.github.com, "Workflow syntax", {@code permissions}).
   */
  static boolean idTokenWrite(JsonNode permissions) {
    if (permissions == null || permissions.isNull()) {
      return false;
    }
    if (permissions.isTextual()) {
      String shorthand = permissions.textValue();
      if (shorthand.equals("write-all") || shorthand.equals("read-all")) {
        return shorthand.equals("write-all");
      }
    }
    if (!permissions.isObject()) {
      throw GitHubErrors.validationFailed(
          "'permissions' must be an object such as {\"id-token\": \"write\"}, or write-all /"
              + " read-all, got "
              + permissions);
    }
    JsonNode idToken = permissions.get("id-token");
    if (idToken == null) {
      return false;
    }
    if (!idToken.isTextual() || !Set.of("write", "read", "none").contains(idToken.textValue())) {
      throw GitHubErrors.validationFailed(
          "'permissions.id-token' must be write, read or none, got " + idToken);
    }
    return idToken.textValue().equals("write");
  }

  private static Duration lifetime(JsonNode expiresIn) {
    if (expiresIn == null || expiresIn.isNull()) {
      return Jobs.DEFAULT_LIFETIME;
    }
    if (!expiresIn.canConvertToLong()
        || !expiresIn.isIntegralNumber()
        || expiresIn.longValue() < 1) {
      throw GitHubErrors.validationFailed(
          "'expires_in' must be a positive number of seconds, got " + expiresIn);
    }
    return Duration.ofSeconds(expiresIn.longValue());
  }

  static String bearer(String header) {
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? null : token;
  }
}
