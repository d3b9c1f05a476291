package dev.rehearsal.runner.action.node;

import static dev.rehearsal.runner.support.JobHarness.script;
import static dev.rehearsal.runner.support.JobHarness.uses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.job.ActionCatalog;
import dev.rehearsal.runner.job.JobReport;
import dev.rehearsal.runner.job.JobStatus;
import dev.rehearsal.runner.job.JobStep;
import dev.rehearsal.runner.job.StepAction;
import dev.rehearsal.runner.job.StepConclusion;
import dev.rehearsal.runner.job.StepPlan;
import dev.rehearsal.runner.job.StepReport;
import dev.rehearsal.runner.log.Annotation;
import dev.rehearsal.runner.support.ActionFixtures;
import dev.rehearsal.runner.support.JobHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JavaScript action without dependencies ({@code actions/plain-action}) run from an actions
 * directory with this machine's {@code node}, as actions/runner's {@code NodeScriptActionHandler}
 * runs one: its environment, runner files, workflow commands, post step and exit code.
 */
class NodeActionTest {
  @TempDir Path work;
  @TempDir Path actions;
  private JobHarness job;

  @BeforeEach
  void layOutTheAction() {
    ActionFixtures.assumeNode();
    ActionFixtures.copy("plain-action", actions.resolve("acme").resolve("plain@v2"));
    job =
        new JobHarness(
            work,
            new ActionCatalog(
                Optional.empty(),
                RetryBackoff.immediate(),
                Optional.of(actions),
                NodeRuntime.machine()));
  }

  @Test
  void plainAction_getsInputsAndRunnerFiles_andItsPostStepItsState() {
    JobReport report =
        job.run(
            uses("Plain", "plain", "acme/plain@v2", Map.of("secret", "hunter2-secret")),
            script("After", "echo \"exported: $PLAIN_GREETED\""));

    assertThat(report.status()).as(job.log()).isEqualTo(JobStatus.SUCCESS);
    assertThat(report.steps().get(0).outputs()).containsEntry("greeting", "hi world");
    assertThat(job.log())
        .contains("Download action repository 'acme/plain@v2' (real code from " + actions)
        .contains("the secret is ***")
        .doesNotContain("the secret is hunter2")
        .contains("cwd=" + job.workspace())
        .contains("action=plain repository=acme/plain ref=v2 icu=unset")
        .contains("exported: world")
        .contains("post saw saved=yes");
    assertThat(report.steps())
        .extracting(StepReport::name)
        .containsExactly("Plain", "After", "Post Plain");
  }

  @Test
  void inputNameWithSpaces_isPassedUpperCasedWithUnderscores() {
    JobReport report =
        job.run(uses("Plain", "plain", "acme/plain@v2", Map.of("who to greet", "Mona")));

    assertThat(report.steps().get(0).outputs()).containsEntry("greeting", "hi Mona");
  }

  @Test
  void nonZeroExit_failsTheStepWithTheActionsOwnError_andPostIfSuccessSkipsItsPost() {
    JobReport report =
        job.run(uses("Plain", "plain", "acme/plain@v2", Map.of("fail", "true", "old", "x")));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    StepReport plain = report.steps().get(0);
    assertThat(plain.outcome()).isEqualTo(StepConclusion.FAILURE);
    assertThat(plain.annotations())
        .extracting(Annotation::message)
        .containsExactly(
            "Input 'old' has been deprecated with message: use 'who to greet'", "asked to fail");
    assertThat(job.log()).doesNotContain("Process completed with exit code");
    assertThat(report.steps().get(1).name()).isEqualTo("Post Plain");
    assertThat(report.steps().get(1).conclusion()).isEqualTo(StepConclusion.SKIPPED);
  }

  @Test
  void timeout_endsTheNodeProcess_andFailsTheStep() {
    JobStep sleepy =
        JobStep.of(
                "Sleepy",
                Optional.of("sleepy"),
                new StepAction.Uses(
                    ActionRef.parse("acme/plain@v2"), Map.of("sleep-seconds", "600")))
            .withTimeout(Duration.ofSeconds(1));

    JobReport report = job.run(StepPlan.fixed(sleepy));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(job.log())
        .contains("sleeping 600 s", "Error: The action 'Sleepy' has timed out after 0 minutes.")
        .doesNotContain("woke up");
  }

  @Test
  void insideAComposite_itsPostStepRunsInTheCompositesPost() throws IOException {
    Path wrap = Files.createDirectories(actions.resolve("acme").resolve("wrap@v1"));
    Files.writeString(
        wrap.resolve("action.yml"),
        """
        name: Wrap
        outputs:
          greeting:
            value: ${{ steps.plain.outputs.greeting }}
        runs:
          using: composite
          steps:
            - id: plain
              uses: acme/plain@v2
              with:
                who to greet: from a composite
        """);

    JobReport report = job.run(uses("Wrap", "wrap", "acme/wrap@v1", Map.of()));

    assertThat(report.status()).as(job.log()).isEqualTo(JobStatus.SUCCESS);
    assertThat(report.steps().get(0).outputs()).containsEntry("greeting", "hi from a composite");
    assertThat(report.steps()).extracting(StepReport::name).containsExactly("Wrap", "Post Wrap");
    assertThat(job.log())
        .contains("action=plain repository=acme/plain ref=v2")
        .contains("post saw saved=yes");
  }

  @Test
  void localAction_withAPreStep_runsWithoutIt_andSaysSo(@TempDir Path source) throws IOException {
    Path folder = ActionFixtures.copy("plain-action", source.resolve(".github/actions/plain"));
    Files.writeString(folder.resolve("pre.js"), "console.log('pre must not run');\n");
    Path manifest = folder.resolve("action.yml");
    Files.writeString(
        manifest,
        Files.readString(manifest).replace("  main: main.js", "  pre: pre.js\n  main: main.js"));
    JobHarness local =
        new JobHarness(
            work,
            new ActionCatalog(
                Optional.of(source),
                RetryBackoff.immediate(),
                Optional.empty(),
                NodeRuntime.machine()));

    JobReport report =
        local.run(
            uses("Checkout", null, "actions/checkout@v4", Map.of()),
            uses("Plain", "plain", "./.github/actions/plain", Map.of()));

    assertThat(report.status()).as(local.log()).isEqualTo(JobStatus.SUCCESS);
    assertThat(local.log())
        .contains(
            "Warning: `pre` execution is not supported for local action from"
                + " './.github/actions/plain'")
        .contains("action=plain repository=undefined ref=undefined")
        .doesNotContain("pre must not run");
  }
}
