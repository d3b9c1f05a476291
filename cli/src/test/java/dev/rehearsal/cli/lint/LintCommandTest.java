package dev.rehearsal.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rehearse lint on the seed stack and its tightened version (examples/seed). */
class LintCommandTest {
  private static final String SEED = "../examples/seed/stack.yaml";
  private static final String TIGHTENED = "../examples/seed/stack-tightened.yaml";

  @Test
  void seedStack_reportsTheWildcardAtItsLine_andFailsOnTheError() {
    CliRun run = CliRun.of("lint", SEED, "-p", "GitHubOrg=acme");

    assertThat(run.exitCode()).isEqualTo(Rehearse.FAILED);
    assertThat(run.out())
        .contains("stack.yaml:38:17: warning GHOIDC003")
        .contains("error GHOIDC008")
        .contains("6 findings in", "1 error, 3 warnings, 2 notes");
  }

  @Test
  void failOnNone_reportsButSucceeds() {
    assertThat(CliRun.of("lint", SEED, "-p", "GitHubOrg=acme", "--fail-on", "none").exitCode())
        .isZero();
  }

  @Test
  void tightenedStack_isClean_evenAtNoteLevel() {
    CliRun run = CliRun.of("lint", TIGHTENED, "-p", "GitHubOrg=acme", "--fail-on", "note");

    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("0 findings");
  }

  @Test
  void sarif_isVersion210WithRulesAndRegions() throws Exception {
    JsonNode sarif =
        new ObjectMapper()
            .readTree(CliRun.of("lint", SEED, "-p", "GitHubOrg=acme", "--format", "sarif").out());

    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.path("runs").get(0);
    assertThat(run.path("tool").path("driver").path("rules").size()).isGreaterThanOrEqualTo(13);
    JsonNode first = run.path("results").get(0);
    assertThat(first.path("ruleId").asText()).startsWith("GHOIDC");
    JsonNode region = first.path("locations").get(0).path("physicalLocation").path("region");
    assertThat(region.path("startLine").asInt()).isPositive();
    assertThat(run.path("results").findValuesAsText("level")).contains("error", "warning", "note");
  }

  @Test
  void badFailOnLevel_isUsageError() {
    CliRun run = CliRun.of("lint", SEED, "-p", "GitHubOrg=acme", "--fail-on", "severe");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("--fail-on must be error, warning, note or none");
  }

  @Test
  void sarif_isWhatCodeScanningTakes_rulesWithHelp_resultsWithFingerprints() throws Exception {
    JsonNode sarif =
        new ObjectMapper()
            .readTree(CliRun.of("lint", SEED, "-p", "GitHubOrg=acme", "--format", "sarif").out());
    JsonNode run = sarif.path("runs").get(0);
    String rulesDoc =
        java.nio.file.Files.readString(java.nio.file.Path.of("../docs/lint-rules.md"));

    for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
      String anchor = rule.path("helpUri").asText().replaceFirst(".*#", "");
      assertThat(rulesDoc).contains("<a id=\"" + anchor + "\"></a>");
      assertThat(rule.path("properties").path("security-severity").asText()).isNotEmpty();
    }
    for (JsonNode result : run.path("results")) {
      assertThat(result.path("partialFingerprints").path("rehearseFinding/v1").asText())
          .hasSize(32);
      assertThat(
              result
                  .path("locations")
                  .get(0)
                  .path("physicalLocation")
                  .path("artifactLocation")
                  .path("uri")
                  .asText())
          .isEqualTo("examples/seed/stack.yaml");
    }
  }

  @Test
  void sarifFingerprints_doNotDependOnLines() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("stack", ".yaml");
    String seed = java.nio.file.Files.readString(java.nio.file.Path.of(SEED));
    java.nio.file.Files.writeString(file, seed);
    List<String> before = fingerprints(file.toString());

    java.nio.file.Files.writeString(file, "# three lines\n# moved\n# down\n" + seed);

    assertThat(before).hasSize(6);
    assertThat(fingerprints(file.toString())).isEqualTo(before);
  }

  private static List<String> fingerprints(String file) throws java.io.IOException {
    return new ObjectMapper()
        .readTree(CliRun.of("lint", file, "-p", "GitHubOrg=acme", "--format", "sarif").out())
        .path("runs")
        .get(0)
        .path("results")
        .findValuesAsText("rehearseFinding/v1");
  }

  @Test
  void junit_hasACasePerRule_failingWithItsFindings() {
    CliRun run = CliRun.of("lint", SEED, "-p", "GitHubOrg=acme", "--format", "junit");

    assertThat(run.out())
        .contains("<testsuite name=\"rehearse lint ../examples/seed/stack.yaml\" tests=\"13\"")
        .contains("failures=\"1\"")
        .contains("<failure message=\"1 error\" type=\"ERROR\">");
  }

  @Test
  void withoutParameters_lintsWithSymbols() {
    CliRun run = CliRun.of("lint", SEED);

    assertThat(run.out())
        .contains("repo:{{GitHubOrg}}/*")
        .contains("(depends on parameter GitHubOrg, which has no value here)")
        .contains("(only when GitHubOrg = '*')");
  }
}
