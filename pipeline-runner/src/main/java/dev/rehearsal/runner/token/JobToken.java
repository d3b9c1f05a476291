package dev.rehearsal.runner.token;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A job registered with the oidc-emulator: where its steps ask for ID tokens and, only with {@code
 * id-token: write}, the bearer token they ask with.
 */
public record JobToken(
    String jobId, String requestUrl, Optional<String> requestToken, Instant expiresAt) {
  public JobToken {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(requestUrl, "requestUrl");
    Objects.requireNonNull(requestToken, "requestToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * The variables the runner gives every step: {@code ACTIONS_ID_TOKEN_REQUEST_URL} and {@code
   * ACTIONS_ID_TOKEN_REQUEST_TOKEN}, both only when the job may request tokens (the runner sets
   * them from the job's {@code GenerateIdTokenUrl}, which GitHub sends only then: {@code
   * ScriptHandler.cs}).
   */
  public Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    requestToken.ifPresent(
        token -> {
          environment.put("ACTIONS_ID_TOKEN_REQUEST_URL", requestUrl);
          environment.put("ACTIONS_ID_TOKEN_REQUEST_TOKEN", token);
        });
    return environment;
  }
}
