package dev.rehearsal.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** rehearse check on the seed stack and its tightened version (examples/seed). */
class CheckCommandTest {
  private static final String SEED = "../examples/seed/stack.yaml";
  private static final String TIGHTENED = "../examples/seed/stack-tightened.yaml";
  private static final String SCENARIOS = "../examples/seed/scenarios.yaml";

  private static CliRun check(String template, String... more) {
    String[] base = {
      "check", "--template", template, "-p", "GitHubOrg=acme", "--scenarios", SCENARIOS
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  @Test
  void seedStack_failsTheTwoScenariosItsWildcardLetsIn() {
    CliRun run = check(SEED);

    assertThat(run.exitCode()).isEqualTo(Rehearse.FAILED);
    assertThat(run.out())
        .contains("6 scenarios", "4 passed, 2 failed")
        .contains("FAIL  a pull request cannot push images")
        .contains("['repo:acme/app:pull_request'] matches ['repo:acme/*']");
  }

  @Test
  void tightenedStack_passesEveryScenario() {
    CliRun run = check(TIGHTENED);

    assertThat(run.exitCode()).as(run.out()).isEqualTo(Rehearse.OK);
    assertThat(run.out()).contains("6 passed, 0 failed");
  }

  @Test
  void json_carriesEachStepOfSts() throws Exception {
    JsonNode report = new ObjectMapper().readTree(check(SEED, "--format", "json").out());

    assertThat(report.path("passed").asBoolean()).isFalse();
    JsonNode refused = report.path("scenarios").get(1);
    assertThat(refused.path("errorCode").asText()).isEqualTo("AccessDenied");
    assertThat(refused.path("message").asText())
        .isEqualTo("Not authorized to perform sts:AssumeRoleWithWebIdentity");
    assertThat(refused.path("steps").findValuesAsText("step")).contains("TRUST_POLICY");
  }

  @Test
  void junit_isOneTestcasePerScenarioWithFailures() throws Exception {
    String xml = check(SEED, "--format", "junit").out();
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(6);
    assertThat(document.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(document.getDocumentElement().getAttribute("failures")).isEqualTo("2");
  }

  @Test
  void missingParameter_exitsTwoWithCloudFormationsMessage() {
    CliRun run = CliRun.of("check", "--template", SEED, "--scenarios", SCENARIOS);

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("GitHubOrg").doesNotContain("Exception");
  }

  @Test
  void malformedScenarioFile_exitsTwoNamingTheLine(@TempDir Path temp) throws Exception {
    Path bad = temp.resolve("bad.yaml");
    Files.writeString(
        bad,
        "scenarios:\n  - name: x\n    role: r\n    run: {repository: a/b, ref: main}\n    expect: {assume: perhaps}\n");

    CliRun run =
        CliRun.of(
            "check", "--template", SEED, "-p", "GitHubOrg=acme", "--scenarios", bad.toString());

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("bad.yaml:5", "assume must be allow or deny");
  }

  @Test
  void oneScenario_isCountedInTheSingular(@TempDir Path temp) throws Exception {
    Path one = temp.resolve("one.yaml");
    Files.writeString(
        one,
        "scenarios:\n  - name: main pushes\n    role: GithubOIDCIAMRole\n"
            + "    run: {repository: acme/app, ref: main}\n    expect: {assume: allow}\n");

    CliRun run =
        CliRun.of(
            "check", "--template", SEED, "-p", "GitHubOrg=acme", "--scenarios", one.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Rehearse.OK);
    assertThat(run.out()).contains("\n1 scenario against ").doesNotContain("1 scenarios");
  }

  @Test
  void missingTemplate_exitsTwo() {
    CliRun run = CliRun.of("check", "--template", "nope.yaml", "--scenarios", SCENARIOS);

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("no input at 'nope.yaml'");
  }
}
