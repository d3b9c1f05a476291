package dev.rehearsal.oidc.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.oidc.http.Json;
import dev.rehearsal.oidc.state.DataDirectory;
import dev.rehearsal.oidc.state.StateConfig;
import dev.rehearsal.oidc.token.RunContextReader;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs the runner protocol serves, kept in {@code jobs.json} (0600) so that a job's request
 * token keeps working across a restart, until the job expires.
 */
@ApplicationScoped
@Startup
public class Jobs {
  /** A job's lifetime unless registered otherwise: GitHub-hosted jobs run at most 6 hours. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(6);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject StateConfig config;

  private final Clock clock = Clock.systemUTC();
  private final Map<String, Job> byJobId = new ConcurrentHashMap<>();

  /** A job just registered and its request token, which is shown only this once. */
  public record Registration(Job job, Optional<String> requestToken) {}

  @PostConstruct
  void load() {
    Optional<String> text = config.dataDirectory().read(DataDirectory.JOBS);
    if (text.isEmpty()) {
      return;
    }
    try {
      for (JsonNode node : Json.MAPPER.readTree(text.get()).path("jobs")) {
        JsonNode context = node.get("run_context");
        Job job =
            new Job(
                node.get("plan_id").asText(),
                node.get("job_id").asText(),
                context,
                RunContextReader.read(context, Set.of()),
                Optional.ofNullable(node.get("request_token_sha256")).map(JsonNode::asText),
                Instant.parse(node.get("expires_at").asText()));
        byJobId.put(job.jobId(), job);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Unreadable " + config.dataDirectory().file(DataDirectory.JOBS), e);
    }
  }

  /** Registers a job; it gets a request token only when {@code idTokenWrite}. */
  public synchronized Registration register(
      JsonNode runContext, WorkflowRun run, boolean idTokenWrite, Duration lifetime) {
    Optional<String> token = idTokenWrite ? Optional.of(newToken()) : Optional.empty();
    Job job =
        new Job(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            runContext,
            run,
            token.map(Jobs::sha256),
            clock.instant().plus(lifetime));
    byJobId.put(job.jobId(), job);
    save();
    return new Registration(job, token);
  }

  public Optional<Job> find(String jobId) {
    return Optional.ofNullable(byJobId.get(jobId));
  }

  /** Ends a job: its request token stops working, as when a GitHub job completes. */
  public synchronized boolean remove(String jobId) {
    boolean removed = byJobId.remove(jobId) != null;
    if (removed) {
      save();
    }
    return removed;
  }

  /** Whether {@code token} is this job's request token (compared in constant time). */
  public static boolean tokenMatches(Job job, String token) {
    return job.requestTokenSha256()
        .map(
            expected ->
                MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII),
                    sha256(token).getBytes(StandardCharsets.US_ASCII)))
        .orElse(false);
  }

  public Instant now() {
    return clock.instant();
  }

  private void save() {
    Instant now = clock.instant();
    byJobId.values().removeIf(job -> job.expiredAt(now));
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode array = root.putArray("jobs");
    for (Job job : byJobId.values()) {
      ObjectNode node = array.addObject();
      node.put("plan_id", job.planId());
      node.put("job_id", job.jobId());
      node.set("run_context", job.runContext());
      job.requestTokenSha256().ifPresent(hash -> node.put("request_token_sha256", hash));
      node.put("expires_at", job.expiresAt().toString());
    }
    config.dataDirectory().writeSecret(DataDirectory.JOBS, root.toPrettyString());
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is available in every JDK", e);
    }
  }
}
