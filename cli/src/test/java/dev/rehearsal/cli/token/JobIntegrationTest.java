package dev.rehearsal.cli.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.world.UpProcess;
import dev.rehearsal.core.federation.JwtDecoder;
import dev.rehearsal.runner.token.IdTokenClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rehearse job} against a world started as {@code rehearse up} starts it: what it prints
 * gives any runner the job's token — curl as a shell step would ask, and @actions/core's protocol
 * ({@code IdTokenClient}); and {@code rehearse reset} refuses while that world runs.
 */
class JobIntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  private static UpProcess up;

  @BeforeAll
  static void startTheWorld() throws Exception {
    up = UpProcess.start(data);
  }

  @AfterAll
  static void stopTheWorld() throws Exception {
    if (up != null) {
      up.close();
    }
  }

  private static Map<String, String> exports(String printed) {
    Map<String, String> variables = new LinkedHashMap<>();
    printed
        .lines()
        .filter(line -> line.startsWith("export "))
        .forEach(
            line -> {
              String assignment = line.substring("export ".length());
              int equals = assignment.indexOf('=');
              String value = assignment.substring(equals + 1);
              variables.put(
                  assignment.substring(0, equals), value.substring(1, value.length() - 1));
            });
    return variables;
  }

  @Test
  void job_printsTheRunnersVariables_andCurlGetsTheJobsToken() throws Exception {
    assumeTrue(onPath("curl"), "curl is not installed");
    CliRun job =
        CliRun.of("job", "--repo", "acme/test-service", "--ref", "main", "--data", data.toString());
    assertThat(job.exitCode()).as(job.err()).isEqualTo(Rehearse.OK);
    Map<String, String> variables = exports(job.out());
    assertThat(variables)
        .containsOnlyKeys(
            "ACTIONS_ID_TOKEN_REQUEST_URL",
            "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
            "NODE_EXTRA_CA_CERTS");

    // What a shell step does with them, the script evaluating the export lines itself.
    Path script = data.resolve("step.sh");
    Files.writeString(
        script,
        job.out()
            + "curl -sS --cacert \"$NODE_EXTRA_CA_CERTS\""
            + " -H \"Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN\""
            + " \"$ACTIONS_ID_TOKEN_REQUEST_URL&audience=sts.amazonaws.com\"\n");
    Process curl = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
    String answer = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();

    JsonNode claims =
        JwtDecoder.decode(JSON.readTree(answer).path("value").asText()).orElseThrow().claims();
    assertThat(claims.path("sub").asText()).isEqualTo("repo:acme/test-service:ref:refs/heads/main");
    assertThat(claims.path("aud").asText()).isEqualTo("sts.amazonaws.com");
  }

  @Test
  void job_asJson_givesActionsCoresGetIdTokenItsToken_forTheEnvironment() throws Exception {
    CliRun job =
        CliRun.of(
            "job",
            "--repo",
            "acme/app",
            "--ref",
            "main",
            "--environment",
            "prod",
            "--format",
            "json",
            "--data",
            data.toString());
    assertThat(job.exitCode()).as(job.err()).isEqualTo(Rehearse.OK);
    JsonNode printed = JSON.readTree(job.out());
    Map<String, String> environment = new LinkedHashMap<>();
    printed.properties().forEach(f -> environment.put(f.getKey(), f.getValue().asText()));
    List<String> secrets = new ArrayList<>();

    String token = new IdTokenClient(environment, secrets::add).getIdToken("sts.amazonaws.com");

    assertThat(printed.path("job_id").asText()).isNotEmpty();
    assertThat(JwtDecoder.decode(token).orElseThrow().claims().path("sub").asText())
        .isEqualTo("repo:acme/app:environment:prod");
    assertThat(secrets).containsExactly(token);
  }

  @Test
  void job_withoutIdToken_getsNoRequestToken() {
    CliRun job =
        CliRun.of(
            "job",
            "--repo",
            "acme/app",
            "--ref",
            "main",
            "--no-id-token",
            "--data",
            data.toString());

    assertThat(job.exitCode()).isEqualTo(Rehearse.OK);
    assertThat(exports(job.out())).containsOnlyKeys("NODE_EXTRA_CA_CERTS");
  }

  @Test
  void reset_whileTheWorldRuns_isRefusedWithWhatToDo() {
    CliRun reset = CliRun.of("reset", "--data", data.toString());

    assertThat(reset.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(reset.err())
        .contains("a world is already running on " + data)
        .contains("stop it first with: rehearse down --data " + data);
    assertThat(data.resolve("oidc/ca.pem")).exists();
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
