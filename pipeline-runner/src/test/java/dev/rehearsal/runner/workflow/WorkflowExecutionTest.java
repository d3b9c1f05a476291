package dev.rehearsal.runner.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.permission.TokenSettings;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.job.ActionCatalog;
import dev.rehearsal.runner.job.RunnerSetup;
import dev.rehearsal.runner.process.Cancellation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs, needs, outputs, matrices, conditions and expressions of a workflow run with real bash
 * (GitHub Docs, "Passing information between jobs", "Using a matrix for your jobs", "Expressions").
 */
class WorkflowExecutionTest {
  @TempDir Path work;
  private final StringWriter log = new StringWriter();

  private RunReport run(String workflow, RunEvent event, Map<String, String> secrets) {
    RunnerSetup setup =
        new RunnerSetup(
            work,
            RunnerSetup.hostEnvironment(System.getenv()),
            new ActionCatalog(Optional.empty(), RetryBackoff.immediate()),
            Optional.empty(),
            Optional.empty(),
            false,
            new PrintWriter(log),
            new Cancellation());
    RunSettings settings =
        new RunSettings(
            secrets,
            Map.of("GREETING", "hello"),
            TokenSettings.restricted(),
            ".github/workflows/ci.yml",
            Optional.empty());
    return new WorkflowExecution(setup).run(Workflow.parse(workflow), event, settings);
  }

  private static RunEvent push() {
    return RunEvent.push("acme/app", "refs/heads/main", "e".repeat(40), "octocat");
  }

  @Test
  void jobOutputs_reachTheJobsThatNeedThem() {
    String workflow =
        """
        on: push
        jobs:
          first:
            runs-on: ubuntu-latest
            outputs:
              answer: ${{ steps.compute.outputs.answer }}
            steps:
              - id: compute
                run: echo "answer=$(( 6 * 7 ))" >> "$GITHUB_OUTPUT"
          second:
            needs: first
            runs-on: ubuntu-latest
            steps:
              - run: echo "got ${{ needs.first.outputs.answer }} and ${{ vars.GREETING }}"
        """;

    RunReport report = run(workflow, push(), Map.of());

    assertThat(report.succeeded()).as(log.toString()).isTrue();
    assertThat(log.toString()).contains("got 42 and hello");
  }

  @Test
  void aFailedJob_skipsTheJobsThatNeedIt_unlessTheirIfSaysAlways() {
    String workflow =
        """
        on: push
        jobs:
          broken:
            runs-on: ubuntu-latest
            steps:
              - run: exit 3
          skipped:
            needs: broken
            runs-on: ubuntu-latest
            steps:
              - run: echo never
          cleanup:
            needs: broken
            if: always()
            runs-on: ubuntu-latest
            steps:
              - run: echo "cleaning up after ${{ needs.broken.result }}"
        """;

    RunReport report = run(workflow, push(), Map.of());

    assertThat(report.succeeded()).isFalse();
    assertThat(report.jobs())
        .extracting(JobResult::id, JobResult::result)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("broken", "failure"),
            org.assertj.core.groups.Tuple.tuple("skipped", "skipped"),
            org.assertj.core.groups.Tuple.tuple("cleanup", "success"));
    assertThat(log.toString())
        .contains("Process completed with exit code 3.")
        .contains("cleaning up after failure")
        .doesNotContain("never\n");
  }

  @Test
  void aMatrix_runsTheJobOncePerCombination() {
    String workflow =
        """
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                os: [linux, mac]
                version: [1, 2]
                exclude:
                  - os: mac
                    version: 1
            steps:
              - run: echo "built ${{ matrix.os }}-${{ matrix.version }} (${{ strategy.job-index }}/${{ strategy.job-total }})"
        """;

    RunReport report = run(workflow, push(), Map.of());

    assertThat(report.succeeded()).as(log.toString()).isTrue();
    assertThat(report.jobs().get(0).runs()).hasSize(3);
    assertThat(log.toString())
        .contains("built linux-1 (0/3)", "built linux-2 (1/3)", "built mac-2 (2/3)");
  }

  @Test
  void stepConditionsAndSecrets_areEvaluatedAndMasked() {
    String workflow =
        """
        on: push
        env:
          STAGE: ${{ github.ref_name }}
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - if: github.ref != 'refs/heads/main'
                run: echo "not on main"
              - run: echo "stage $STAGE, token ${{ secrets.TOKEN }}"
              - if: failure()
                run: echo "only after a failure"
        """;

    RunReport report = run(workflow, push(), Map.of("TOKEN", "s3cr3t-value"));

    assertThat(report.succeeded()).as(log.toString()).isTrue();
    assertThat(log.toString())
        .contains("stage main, token ***")
        .doesNotContain("s3cr3t-value")
        .doesNotContain("not on main\n")
        .doesNotContain("only after a failure\n");
  }

  @Test
  void anExpressionError_failsTheStepWithGitHubsMessageAndItsLine() {
    String workflow =
        """
        on: push
        jobs:
          one:
            runs-on: ubuntu-latest
            steps:
              - run: echo ${{ github.ref == }}
        """;

    RunReport report = run(workflow, push(), Map.of());

    assertThat(report.succeeded()).isFalse();
    assertThat(log.toString()).contains("Unexpected end of expression").contains("line 6");
  }
}
