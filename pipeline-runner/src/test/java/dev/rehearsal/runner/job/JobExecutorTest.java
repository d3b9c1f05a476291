package dev.rehearsal.runner.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.shell.ScriptStep;
import dev.rehearsal.runner.token.Permissions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs of {@code run:} steps with the real bash, and actions/checkout from a local folder. */
class JobExecutorTest {
  @TempDir Path work;
  @TempDir Path source;
  private final StringWriter log = new StringWriter();

  private JobReport run(JobStep... steps) {
    return run(Set.of(), steps);
  }

  private JobReport run(Set<String> secrets, JobStep... steps) {
    return run(RetryBackoff.immediate(), secrets, steps);
  }

  private JobReport run(RetryBackoff backoff, Set<String> secrets, JobStep... steps) {
    RunnerSetup setup =
        new RunnerSetup(
            work,
            RunnerSetup.hostEnvironment(System.getenv()),
            new ActionCatalog(Optional.of(source), backoff),
            Optional.empty(),
            Optional.empty(),
            false,
            new PrintWriter(log),
            new Cancellation());
    Job job =
        new Job(
            "build",
            WorkflowRun.builder().build(),
            Permissions.none(),
            Map.of("JOB_LEVEL", "from the job"),
            secrets,
            List.of(steps).stream().map(StepPlan::fixed).toList());
    return new JobExecutor(setup).run(job);
  }

  private static JobStep run(String name, String script) {
    return JobStep.of(name, Optional.of(name), new StepAction.Run(ScriptStep.of(script)));
  }

  @Test
  void githubEnvAndOutput_reachTheStepsAfter_andTheReport() {
    JobReport report =
        run(
            run(
                "first",
                "echo \"GREETING=hello\" >> $GITHUB_ENV\necho \"answer=42\" >> $GITHUB_OUTPUT"),
            run("second", "echo \"$GREETING, $JOB_LEVEL\""));

    assertThat(report.status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(report.steps().get(0).outputs()).containsEntry("answer", "42");
    assertThat(log.toString()).contains("hello, from the job");
    assertThat(report.toJson().get("steps").get(0).get("outputs").get("answer").asText())
        .isEqualTo("42");
  }

  @Test
  void runnerVariables_areThoseOfAGitHubRunner_andCannotBeOverridden() {
    JobStep step =
        run(
                "vars",
                "echo \"$CI $GITHUB_ACTIONS $GITHUB_REPOSITORY $GITHUB_REF_NAME $GITHUB_ACTION\"\n"
                    + "test \"$GITHUB_WORKSPACE\" = \"$PWD\" && echo in-workspace\necho \"$GITHUB_SHA\"")
            .withEnv(Map.of("GITHUB_SHA", "overridden"));

    run(step);

    assertThat(log.toString())
        .contains("true true octo-org/octo-repo main vars")
        .contains("in-workspace")
        .doesNotContain("\noverridden\n");
  }

  @Test
  void aFailingStep_failsTheJob_skipsSuccessSteps_butNotAlwaysSteps() {
    JobReport report =
        run(
            run("fails", "exit 3"),
            run("skipped", "echo should not run"),
            run("cleanup", "echo cleaning").withCondition(StepCondition.ALWAYS),
            run("on-failure", "echo it failed").withCondition(StepCondition.FAILURE));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(report.steps())
        .extracting(StepReport::conclusion)
        .containsExactly(
            StepConclusion.FAILURE,
            StepConclusion.SKIPPED,
            StepConclusion.SUCCESS,
            StepConclusion.SUCCESS);
    assertThat(log.toString())
        .contains("Error: Process completed with exit code 3.")
        .doesNotContain("should not run")
        .contains("cleaning", "it failed");
  }

  @Test
  void timeoutMinutes_endsANativeActionToo() {
    // configure-aws-credentials retries getIDToken (no URL here) with waits that outlast the step.
    RetryBackoff slow = new RetryBackoff(millis -> Thread.sleep(600_000), () -> 1);
    JobStep configure =
        JobStep.of(
                "Configure",
                Optional.empty(),
                new StepAction.Uses(
                    ActionRef.parse("aws-actions/configure-aws-credentials@v4"),
                    Map.of(
                        "role-to-assume",
                        "arn:aws:iam::000000000000:role/R",
                        "aws-region",
                        "us-east-1")))
            .withEnv(Map.of("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "no-url-with-it"))
            .withTimeout(Duration.ofSeconds(1));

    JobReport report = run(slow, Set.of(), configure);

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(log.toString())
        .contains("Error: The action 'Configure' has timed out after 0 minutes.");
  }

  @Test
  void continueOnError_keepsTheOutcome_butConcludesSuccess() {
    JobReport report =
        run(run("flaky", "exit 1").continuingOnError(), run("next", "echo next ran"));

    assertThat(report.status()).isEqualTo(JobStatus.SUCCESS);
    StepReport flaky = report.steps().get(0);
    assertThat(flaky.outcome()).isEqualTo(StepConclusion.FAILURE);
    assertThat(flaky.conclusion()).isEqualTo(StepConclusion.SUCCESS);
    assertThat(log.toString()).contains("next ran");
  }

  @Test
  void timeoutMinutes_failsTheStepWithTheRunnersMessage() {
    JobReport report = run(run("slow", "sleep 300").withTimeout(Duration.ofSeconds(1)));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(log.toString()).contains("Error: The action 'slow' has timed out after 0 minutes.");
  }

  @Test
  void maskedValues_neverReachTheLog_orTheReport() {
    JobReport report =
        run(
            run(
                "mask",
                "echo \"::add-mask::tops3cret\"\necho \"token=tops3cret\" >> $GITHUB_OUTPUT"),
            run("print", "echo the secret is tops3cret"));

    assertThat(log.toString()).doesNotContain("tops3cret\n").contains("the secret is ***");
    assertThat(report.steps().get(0).outputs()).containsEntry("token", "***");
  }

  @Test
  void theJobsSecrets_areMaskedFromTheStart_evenInTheRunHeader() {
    run(Set.of("p4ssw0rd-value"), run("uses secret", "echo \"p4ssw0rd-value\""));

    assertThat(log.toString()).doesNotContain("p4ssw0rd-value").contains("Run echo \"***\"");
  }

  @Test
  void report_asJson_hasEachStepsOutcomeConclusionAndAnnotations() {
    JobReport report =
        run(run("warns", "echo '::warning file=a.txt::careful'\nexit 2").continuingOnError());

    var step = report.toJson().get("steps").get(0);
    assertThat(report.toJson().get("status").asText()).isEqualTo("success");
    assertThat(step.get("kind").asText()).isEqualTo("run");
    assertThat(step.get("outcome").asText()).isEqualTo("failure");
    assertThat(step.get("conclusion").asText()).isEqualTo("success");
    assertThat(step.get("annotations").get(0).get("level").asText()).isEqualTo("warning");
    assertThat(step.get("annotations").get(0).get("properties").get("file").asText())
        .isEqualTo("a.txt");
    assertThat(step.get("annotations").get(1).get("message").asText())
        .isEqualTo("Process completed with exit code 2.");
  }

  @Test
  void runStepHeader_showsTheScriptShellAndEnv_likeGitHub() {
    run(run("", "echo one\necho two").withEnv(Map.of("STEP_LEVEL", "x")));

    assertThat(log.toString())
        .contains("▶ Run echo one\nRun echo one\n  echo one\n  echo two\n  shell: ")
        .contains(" -e {0}\n  env:\n    JOB_LEVEL: from the job\n    STEP_LEVEL: x\n");
  }

  @Test
  void unknownAction_failsTheJobAtSetUp_beforeAnyStep() {
    JobReport report =
        run(
            run("first", "echo must not run"),
            JobStep.of(
                "x",
                Optional.empty(),
                new StepAction.Uses(ActionRef.parse("someone/else@v1"), Map.of())));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(report.steps()).isEmpty();
    assertThat(log.toString())
        .contains("Error: Unable to resolve action `someone/else@v1`")
        .doesNotContain("must not run");
  }

  @Test
  void checkout_copiesTheLocalSourceIntoTheWorkspace() throws Exception {
    Files.writeString(source.resolve("Dockerfile"), "FROM scratch\n");
    JobStep checkout =
        JobStep.of(
            "Checkout",
            Optional.empty(),
            new StepAction.Uses(ActionRef.parse("actions/checkout@v2"), Map.of()));

    JobReport report = run(checkout, run("list", "cat Dockerfile"));

    assertThat(report.status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(log.toString())
        .contains("Run actions/checkout@v2\n  with:\n    ssh-strict: true")
        .contains("FROM scratch");
  }

  @Test
  void checkout_clonesALocalGitRepository_atTheRefGiven() throws Exception {
    git("init", "-q", "-b", "main");
    Files.writeString(source.resolve("version.txt"), "one\n");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "one");
    git("tag", "v1");
    Files.writeString(source.resolve("version.txt"), "two\n");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "two");
    JobStep checkout =
        JobStep.of(
            "Checkout",
            Optional.empty(),
            new StepAction.Uses(ActionRef.parse("actions/checkout@v4"), Map.of("ref", "v1")));

    run(checkout, run("show", "cat version.txt"));

    assertThat(log.toString()).contains("\none\n").doesNotContain("\ntwo\n");
  }

  private void git(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(source.toFile()).inheritIO().start();
    assertThat(process.waitFor()).isZero();
  }
}
