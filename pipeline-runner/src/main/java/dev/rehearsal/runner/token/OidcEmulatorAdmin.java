package dev.rehearsal.runner.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.core.tls.TrustAnchors;
import dev.rehearsal.runner.RunnerException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The oidc-emulator's admin API for jobs (oidc-emulator/README.md, "Admin API"): {@code POST
 * /_rehearsal/jobs} registers a job's run context and permissions, {@code DELETE
 * /_rehearsal/jobs/{id}} ends it. HTTPS verified against the emulator's own CA only; the CA is read
 * from its data directory, never fetched over a connection that could not yet be verified.
 */
public final class OidcEmulatorAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI base;
  private final String adminToken;
  private final HttpClient client;

  public OidcEmulatorAdmin(URI base, String adminToken, SSLContext tls) {
    this.base = base;
    this.adminToken = adminToken;
    this.client = HttpClient.newBuilder().sslContext(tls).connectTimeout(TIMEOUT).build();
  }

  /**
   * The emulator whose data directory is {@code dataDirectory}: its {@code port}, {@code
   * admin-token} and {@code ca.pem} (oidc-emulator/README.md, "The data directory").
   */
  public static OidcEmulatorAdmin fromDataDirectory(Path dataDirectory) {
    String port = readFile(dataDirectory.resolve("port"));
    String token = readFile(dataDirectory.resolve("admin-token"));
    Path ca = dataDirectory.resolve("ca.pem");
    try {
      return new OidcEmulatorAdmin(
          URI.create("https://127.0.0.1:" + port), token, TrustAnchors.context(ca));
    } catch (IOException | GeneralSecurityException e) {
      throw new RunnerException(
          "cannot read the oidc-emulator's CA " + ca + ": " + e.getMessage(), e);
    }
  }

  /** Registers a job for {@code run}; its request token only with {@code id-token: write}. */
  public JobToken register(WorkflowRun run, Permissions permissions) {
    ObjectNode body = RunContextJson.of(run);
    body.set("permissions", permissions.json());
    HttpRequest request =
        authorized("/_rehearsal/jobs")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    JsonNode answer = parse(send(request, 201));
    return new JobToken(
        answer.path("job_id").asText(),
        answer.path("ACTIONS_ID_TOKEN_REQUEST_URL").asText(),
        Optional.ofNullable(answer.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN")).map(JsonNode::asText),
        Instant.parse(answer.path("expires_at").asText()));
  }

  /** Ends the job: its request token stops working. */
  public void end(JobToken job) {
    send(authorized("/_rehearsal/jobs/" + job.jobId()).DELETE().build(), 204);
  }

  private HttpRequest.Builder authorized(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(TIMEOUT)
        .header("Authorization", "Bearer " + adminToken);
  }

  private String send(HttpRequest request, int expected) {
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new RunnerException(
          "cannot reach the oidc-emulator at " + base + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunnerException("interrupted while calling the oidc-emulator", e);
    }
    if (response.statusCode() != expected) {
      throw new RunnerException(
          "the oidc-emulator refused "
              + request.method()
              + " "
              + request.uri().getPath()
              + " ("
              + response.statusCode()
              + "): "
              + parse(response.body()).path("message").asText(response.body()));
    }
    return response.body();
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new RunnerException(
          "cannot read the oidc-emulator's " + file + ": " + e.getMessage(), e);
    }
  }
}
