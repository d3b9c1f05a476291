package dev.rehearsal.cli.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** rehearse diff between the seed stack and its tightened version (examples/seed). */
class DiffCommandTest {
  private static final String SEED = "../examples/seed/stack.yaml";
  private static final String TIGHTENED = "../examples/seed/stack-tightened.yaml";

  @Test
  void tightening_narrows_andNamesWhoLosesWithWitnesses() {
    CliRun run = CliRun.of("diff", SEED, TIGHTENED, "-p", "GitHubOrg=acme", "--fail-on", "widen");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Rehearse.OK);
    assertThat(run.out())
        .contains("repo:acme/app:pull_request")
        .contains("no longer admitted")
        .contains("access narrows (decided exactly)");
  }

  @Test
  void loosening_widens_andFailsOnWiden() {
    CliRun run = CliRun.of("diff", TIGHTENED, SEED, "-p", "GitHubOrg=acme", "--fail-on", "widen");

    assertThat(run.exitCode()).isEqualTo(Rehearse.FAILED);
    assertThat(run.out()).contains("now admitted", "access WIDENS");
  }

  @Test
  void sameTemplate_hasNoChange_evenWithFailOnChange() {
    CliRun run = CliRun.of("diff", SEED, SEED, "-p", "GitHubOrg=acme", "--fail-on", "change");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("no access change");
  }

  @Test
  void gitRevision_isReadWithGitShow() throws Exception {
    Process git = new ProcessBuilder("git", "rev-parse", "HEAD").start();
    Assumptions.assumeTrue(
        git.waitFor() == 0, "not inside a git checkout: git revisions cannot be read here");
    CliRun run =
        CliRun.of(
            "diff",
            "HEAD:examples/seed/stack.yaml",
            SEED,
            "-p",
            "GitHubOrg=acme",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("changed").asBoolean()).isFalse();
    assertThat(json.path("old").asText()).isEqualTo("HEAD:examples/seed/stack.yaml");
  }

  @Test
  void unknownRevision_isUsageErrorWithGitsWords() {
    CliRun run = CliRun.of("diff", "no-such-rev:stack.yaml", SEED, "-p", "GitHubOrg=acme");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("git cannot show 'no-such-rev:stack.yaml'");
  }
}
