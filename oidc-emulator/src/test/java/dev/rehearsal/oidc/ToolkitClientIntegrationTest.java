package dev.rehearsal.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GitHub's own client against the packaged emulator: {@code @actions/core}'s {@code getIDToken}
 * (actions/toolkit, the code every JavaScript action and aws-actions/configure-aws-credentials run)
 * reads the job's {@code ACTIONS_ID_TOKEN_REQUEST_*} variables, calls the runner protocol over
 * HTTPS trusting the emulator's CA ({@code NODE_EXTRA_CA_CERTS}), and gets a token that Nimbus
 * verifies against the JWKS. Needs {@code node} and {@code npm} (the CI installs them) and the npm
 * registry once, to install the pinned {@code @actions/core} from {@code src/test/toolkit}.
 */
@QuarkusIntegrationTest
@WithTestResource(EmulatorTestResource.class)
class ToolkitClientIntegrationTest {
  static final Path SOURCE = Path.of("src/test/toolkit");
  static final Path CLIENT = Path.of("target/toolkit-client");

  final Emulator emulator = Emulator.underTest();

  @BeforeAll
  static void installToolkit() throws IOException, InterruptedException {
    assumeTrue(onPath("node") && onPath("npm"), "node and npm are not installed; skipping");
    Files.createDirectories(CLIENT);
    for (String file : List.of("package.json", "package-lock.json", "get-id-token.mjs")) {
      Files.copy(SOURCE.resolve(file), CLIENT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (Files.isDirectory(CLIENT.resolve("node_modules/@actions/core"))) {
      return;
    }
    Result install = run(CLIENT, Map.of(), "npm", "ci", "--no-audit", "--no-fund");
    assumeTrue(
        install.exit() == 0,
        "npm could not install @actions/core (no registry?); skipping: " + install.output());
  }

  @Test
  void getIDToken_withAudience_returnsATokenThatVerifiesAgainstTheJwks() throws Exception {
    JsonNode job = register("{\"id-token\": \"write\"}");

    Result result = toolkit(job, "sts.amazonaws.com");

    assertThat(result.exit()).as(result.output()).isZero();
    String jwt = tokenLine(result.output());
    // The toolkit masks the token in the job's log before handing it over.
    assertThat(result.output()).contains("::add-mask::" + jwt);
    assertThat(emulator.verify(jwt))
        .containsEntry("aud", "sts.amazonaws.com")
        .containsEntry("sub", "repo:octo-org/toolkit-repo:ref:refs/heads/main")
        .containsEntry("repository", "octo-org/toolkit-repo");
  }

  @Test
  void getIDToken_withoutAudience_getsTheOwnersUrlAsAud() throws Exception {
    // facts.md: without audience the token's aud is the repository owner's URL.
    Result result = toolkit(register("{\"id-token\": \"write\"}"), null);

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(emulator.verify(tokenLine(result.output())))
        .containsEntry("aud", "https://github.com/octo-org");
  }

  @Test
  void getIDToken_withoutIdTokenWrite_failsAsOnGitHub() throws Exception {
    // No `permissions: id-token: write`: the runner sets no request token, the toolkit says so.
    Result result = toolkit(register("{\"contents\": \"read\"}"), "sts.amazonaws.com");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output())
        .contains("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
  }

  @Test
  void getIDToken_withAnotherJobsRequestToken_failsWith401() throws Exception {
    JsonNode job = register("{\"id-token\": \"write\"}");
    JsonNode other = register("{\"id-token\": \"write\"}");
    ((ObjectNode) job)
        .set("ACTIONS_ID_TOKEN_REQUEST_TOKEN", other.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN"));

    Result result = toolkit(job, "sts.amazonaws.com");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output()).contains("Failed to get ID Token").contains("Error Code : 401");
  }

  private JsonNode register(String permissions) {
    var response =
        emulator.admin(
            "POST",
            "/_rehearsal/jobs",
            "{\"repository\": \"octo-org/toolkit-repo\", \"ref\": \"refs/heads/main\","
                + " \"permissions\": "
                + permissions
                + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Emulator.json(response);
  }

  private Result toolkit(JsonNode job, String audience) throws IOException, InterruptedException {
    Map<String, String> env = new HashMap<>();
    env.put("NODE_EXTRA_CA_CERTS", emulator.dataDir().resolve("ca.pem").toString());
    env.put("ACTIONS_ID_TOKEN_REQUEST_URL", job.get("ACTIONS_ID_TOKEN_REQUEST_URL").asText());
    if (job.hasNonNull("ACTIONS_ID_TOKEN_REQUEST_TOKEN")) {
      env.put("ACTIONS_ID_TOKEN_REQUEST_TOKEN", job.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN").asText());
    }
    List<String> command = new ArrayList<>(List.of("node", "get-id-token.mjs"));
    if (audience != null) {
      command.add(audience);
    }
    return run(CLIENT, env, command.toArray(String[]::new));
  }

  private static String tokenLine(String output) {
    return output
        .lines()
        .filter(line -> line.startsWith("TOKEN="))
        .map(line -> line.substring("TOKEN=".length()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no TOKEN= line in: " + output));
  }

  record Result(int exit, String output) {}

  private static Result run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectErrorStream(true);
    // Only what the test gives: no ACTIONS_* of an outer CI run may leak into the client.
    builder.environment().keySet().removeIf(name -> name.startsWith("ACTIONS_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
