package dev.rehearsal.cli.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
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
}
