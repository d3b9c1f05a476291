package dev.rehearsal.cli.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.CliRun;
import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.core.github.WorkflowEvents;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code rehearse token} sends before any world is asked: the checks run first, so these need
 * no running emulator (a token minted end to end: UpIntegrationTest).
 */
class TokenCommandTest {
  @TempDir Path temp;

  private CliRun token(String... more) {
    String[] base = {"token", "--repo", "acme/app", "--data", temp.toString()};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  @Test
  void misspeltEvent_isRefusedWithExitTwo_closestMatchFirst_everyEventNamed() {
    CliRun run = token("--ref", "main", "--event", "pul_request");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err())
        .contains("pul_request", "did you mean pull_request?")
        .contains("push", "pull_request_target", "workflow_dispatch", "schedule", "release")
        .doesNotContain("no world is running", "Usage:");
    assertThat(run.err().indexOf("pull_request"))
        .as("the closest event is named first")
        .isLessThan(run.err().indexOf("branch_protection_rule"));
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void unknownEventFarFromAny_isRefusedWithoutAGuess() {
    CliRun run = token("--ref", "main", "--event", "deploy_to_production_now");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err())
        .contains("deploy_to_production_now", "GitHub's events: branch_protection_rule")
        .doesNotContain("did you mean");
  }

  @Test
  void everyEventOfGitHub_passesTheCheck_andReachesTheWorld() {
    for (String event : WorkflowEvents.NAMES) {
      String ref = RunShorthandRefs.forEvent(event);
      CliRun run = token("--ref", ref, "--event", event);
      assertThat(run.exitCode()).as(event).isEqualTo(Rehearse.USAGE);
      assertThat(run.err()).as(event).contains("no world is running");
    }
  }

  @Test
  void bareBranch_meansRefsHeads_asTheHelpSays() {
    RunContext bare = context("main");
    RunContext full = context("refs/heads/main");

    assertThat(bare.json().path("ref").asText()).isEqualTo("refs/heads/main");
    assertThat(bare.json().path("job_workflow_ref").asText())
        .isEqualTo("acme/app/.github/workflows/deploy.yml@refs/heads/main");
    assertThat(bare).isEqualTo(full);
    assertThat(CliRun.of("token", "--help").out().replaceAll("\\s+", " "))
        .contains("a bare branch name (main means refs/heads/main)");
  }

  @Test
  void workflowRefWithABareBranch_isRefusedWithTheFullRefItNeeds() {
    CliRun run =
        token("--ref", "main", "--workflow-ref", "acme/app/.github/workflows/deploy.yml@main");

    assertThat(run.exitCode()).isEqualTo(Rehearse.USAGE);
    assertThat(run.err()).contains("job_workflow_ref", "@refs/heads/main");
  }

  private static RunContext context(String ref) {
    return RunContext.of(
        "acme/app",
        ref,
        "push",
        Optional.empty(),
        "octocat",
        Optional.empty(),
        Optional.empty(),
        "main",
        "feature");
  }

  /** A ref each event's run can have: pull requests run on their merge ref. */
  private static final class RunShorthandRefs {
    static String forEvent(String event) {
      return event.startsWith("pull_request") && !event.startsWith("pull_request_review")
          ? "refs/pull/7/merge"
          : "main";
    }
  }
}
