package dev.rehearsal.runner.action.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.runner.action.ActionRef;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.job.ActionCatalog;
import dev.rehearsal.runner.job.Job;
import dev.rehearsal.runner.job.JobExecutor;
import dev.rehearsal.runner.job.JobReport;
import dev.rehearsal.runner.job.JobStatus;
import dev.rehearsal.runner.job.JobStep;
import dev.rehearsal.runner.job.RunnerSetup;
import dev.rehearsal.runner.job.StepAction;
import dev.rehearsal.runner.job.StepPlan;
import dev.rehearsal.runner.job.StepReport;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.shell.ScriptStep;
import dev.rehearsal.runner.support.ActionFixtures;
import dev.rehearsal.runner.support.LocalWorld;
import dev.rehearsal.runner.token.OidcEmulatorAdmin;
import dev.rehearsal.runner.token.Permissions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a real JavaScript action, written for the test with @actions/core from npm, run from an
 * actions directory ({@code DIR/acme/hello-action@v1/}) inside a job whose token comes from the
 * oidc-emulator started from its jar: its inputs (a default, a name with a space), outputs, an
 * exported variable, state from its pre step to its main and post steps, and {@code
 * core.getIDToken()} with the claims GitHub gives this job.
 */
class JavaScriptActionIntegrationTest {
  @TempDir static Path data;
  @TempDir static Path actions;
  private static LocalWorld world;

  @TempDir Path work;
  private final StringWriter log = new StringWriter();

  @BeforeAll
  static void startTheIssuerAndInstallTheAction() throws Exception {
    ActionFixtures.npmCi(
        ActionFixtures.copy("hello-action", actions.resolve("acme").resolve("hello-action@v1")));
    world = LocalWorld.start(data);
  }

  @AfterAll
  static void stopTheWorld() {
    if (world != null) {
      world.close();
    }
  }

  private JobReport run(Permissions permissions, Map<String, String> with) {
    RunnerSetup setup =
        new RunnerSetup(
            work,
            RunnerSetup.hostEnvironment(System.getenv()),
            new ActionCatalog(
                Optional.empty(),
                RetryBackoff.immediate(),
                Optional.of(actions),
                NodeRuntime.machine()),
            Optional.of(OidcEmulatorAdmin.fromDataDirectory(world.oidcData())),
            Optional.of(world.oidcData().resolve("ca.pem")),
            false,
            new PrintWriter(log),
            new Cancellation());
    StepPlan hello =
        StepPlan.fixed(
            JobStep.of(
                "Say hello",
                Optional.of("hello"),
                new StepAction.Uses(ActionRef.parse("acme/hello-action@v1"), with)));
    StepPlan after =
        new StepPlan(
            Optional.empty(),
            progress ->
                JobStep.of(
                    "After",
                    Optional.empty(),
                    new StepAction.Run(
                        ScriptStep.of(
                            "echo \"greeted $GREETED, said '"
                                + progress.outputs("hello").getOrDefault("greeting", "")
                                + "'\""))));
    Job job =
        new Job(
            "greet",
            WorkflowRun.builder().repository("acme/app").ref("refs/heads/main").build(),
            permissions,
            Map.of(),
            Set.of(),
            List.of(hello, after));
    JobReport report = new JobExecutor(setup).run(job);
    System.out.println(log);
    return report;
  }

  @Test
  void helloAction_runsItsCode_withInputsStatePrePostAndTheJobsToken() {
    JobReport report =
        run(
            Permissions.of(Map.of("id-token", "write", "contents", "read")),
            Map.of("who-to-greet", "  Mona  "));

    assertThat(report.status()).as(log.toString()).isEqualTo(JobStatus.SUCCESS);
    assertThat(report.steps())
        .extracting(StepReport::name)
        .containsExactly("Pre Say hello", "Say hello", "After", "Post Say hello");
    assertThat(report.steps().get(1).outputs())
        .containsEntry("greeting", "Hello Mona")
        .containsEntry("aud", "sts.amazonaws.com")
        .containsEntry("sub", "repo:acme/app:ref:refs/heads/main");
    assertThat(log.toString())
        .contains("Download action repository 'acme/hello-action@v1' (real code from " + actions)
        .contains("pre step ran")
        .contains("Hello Mona! (the pre step saved 'ran')")
        .contains("token: ***")
        .contains("greeted Mona, said 'Hello Mona'")
        .contains("post step: greeted 'Mona', pre 'ran'");
  }

  @Test
  void helloAction_withoutIdTokenPermission_failsWithCoresMessage() {
    JobReport report =
        run(Permissions.of(Map.of("contents", "read")), Map.of("who-to-greet", "Mona"));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(report.steps().get(1).annotations())
        .extracting(annotation -> annotation.message())
        .anySatisfy(message -> assertThat(message).contains("ACTIONS_ID_TOKEN_REQUEST_URL"));
    assertThat(report.steps())
        .extracting(StepReport::name)
        .containsExactly("Pre Say hello", "Say hello", "After", "Post Say hello");
  }
}
