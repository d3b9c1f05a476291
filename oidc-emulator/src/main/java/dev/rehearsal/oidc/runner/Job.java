package dev.rehearsal.oidc.runner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.github.WorkflowRun;
import java.time.Instant;
import java.util.Optional;

/**
 * A registered job: its run, and the SHA-256 of its request token (absent when the job lacks {@code
 * permissions: id-token: write}). The token itself is never stored.
 *
 * @param runContext the run context as registered, kept to rebuild {@code run} after a restart
 */
public record Job(
    String planId,
    String jobId,
    JsonNode runContext,
    WorkflowRun run,
    Optional<String> requestTokenSha256,
    Instant expiresAt) {
  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
