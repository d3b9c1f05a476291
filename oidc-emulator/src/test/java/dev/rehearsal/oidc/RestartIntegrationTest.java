package dev.rehearsal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started the way the CLI starts it ({@code java -jar oidc-emulator-runner.jar},
 * port 0), stopped and started again on the same data directory: the CA, the keys, the subject
 * templates and the jobs survive, and a token minted before the restart verifies after it.
 */
class RestartIntegrationTest {
  static final Path JAR = Path.of("target", "oidc-emulator-runner.jar");
  static final String READY = "oidc-emulator ready on https://127.0.0.1:";

  @TempDir Path dataDir;
  Process process;
  BlockingQueue<String> lines;

  @AfterEach
  void stop() throws InterruptedException {
    if (process != null) {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void restart_keepsCaKeysTemplatesAndJobs_andEarlierTokensStillVerify() throws Exception {
    Emulator first = start();
    first.admin(
        "PUT",
        "/repos/octo-org/kept/actions/oidc/customization/sub",
        "{\"use_default\": false, \"include_claim_keys\": [\"repo\", \"actor\"]}");
    JsonNode job =
        Emulator.json(
            first.admin(
                "POST",
                "/_rehearsal/jobs",
                "{\"repository\": \"octo-org/kept\", \"permissions\": {\"id-token\": \"write\"}}"));
    String token = first.mint("{\"repository\": \"octo-org/kept\"}");
    String ca = Files.readString(dataDir.resolve("ca.pem"));
    String adminToken = first.adminToken();
    stop();

    Emulator second = start();

    assertThat(Files.readString(dataDir.resolve("ca.pem"))).isEqualTo(ca);
    assertThat(second.adminToken()).isEqualTo(adminToken);
    assertThat(second.verify(token)).containsEntry("sub", "repo:octo-org/kept:actor:octocat");
    URI url =
        second
            .base()
            .resolve(
                URI.create(job.get("ACTIONS_ID_TOKEN_REQUEST_URL").asText()).getRawPath()
                    + "?api-version=2.0&audience=sts.amazonaws.com");
    HttpResponse<String> afterRestart =
        second.get(url, "Bearer " + job.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN").asText());
    assertThat(afterRestart.statusCode()).isEqualTo(200);
    assertThat(second.verify(Emulator.json(afterRestart).get("value").asText()))
        .containsEntry("sub", "repo:octo-org/kept:actor:octocat")
        .containsEntry("aud", "sts.amazonaws.com");
  }

  @Test
  void start_whenTheSigningKeysFileIsDamaged_stopsWithAnErrorNamingIt() throws Exception {
    // The keys are read in the background once the server answers; unusable ones still end it.
    Files.writeString(dataDir.resolve("signing-keys.json"), "{\"keys\": [{\"kid\": ");
    start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    StringBuilder output = new StringBuilder();
    for (String line = lines.poll(10, TimeUnit.SECONDS);
        line != null;
        line = lines.poll(1, TimeUnit.SECONDS)) {
      output.append(line).append('\n');
    }
    assertThat(output.toString())
        .contains("cannot use its signing keys")
        .contains(dataDir.resolve("signing-keys.json").toString());
  }

  /** Starts the jar on a free port and waits for its ready line; checks the port file. */
  private Emulator start() throws IOException, InterruptedException {
    process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drehearsal.data-dir=" + dataDir,
                "-Dquarkus.http.ssl-port=0",
                "-jar",
                JAR.toString())
            .redirectErrorStream(true)
            .start();
    lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader output =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                lines.add("output closed: " + e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    StringBuilder seen = new StringBuilder();
    while (true) {
      String line = lines.poll(60, TimeUnit.SECONDS);
      if (line == null) {
        throw new AssertionError("no ready line within 60 s; output:\n" + seen);
      }
      seen.append(line).append('\n');
      if (line.startsWith(READY)) {
        int port = Integer.parseInt(line.substring(READY.length()).strip());
        assertThat(Files.readString(dataDir.resolve("port")).strip())
            .isEqualTo(String.valueOf(port));
        return Emulator.at(dataDir, port);
      }
    }
  }
}
