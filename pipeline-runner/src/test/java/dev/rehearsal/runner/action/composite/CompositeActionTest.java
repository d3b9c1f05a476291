package dev.rehearsal.runner.action.composite;

import static dev.rehearsal.runner.support.JobHarness.script;
import static dev.rehearsal.runner.support.JobHarness.uses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.expression.Values;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.job.ActionCatalog;
import dev.rehearsal.runner.job.JobReport;
import dev.rehearsal.runner.job.JobStatus;
import dev.rehearsal.runner.job.StepConclusion;
import dev.rehearsal.runner.job.StepReport;
import dev.rehearsal.runner.log.Annotation;
import dev.rehearsal.runner.support.JobHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composite actions of the workflow's own repository ({@code uses: ./.github/actions/…}), checked
 * out into the workspace and run as actions/runner's {@code CompositeActionHandler} runs them.
 */
class CompositeActionTest {
  private static final String GREET =
      """
      name: Greet
      description: Two steps, an input and an output
      inputs:
        who:
          description: Who to greet
          default: world
      outputs:
        greeting:
          description: The greeting
          value: ${{ steps.make.outputs.greeting }}
      runs:
        using: composite
        steps:
          - id: make
            shell: bash
            env:
              WHO: ${{ inputs.who }}
            run: |
              echo "greeting=Hello $WHO" >> "$GITHUB_OUTPUT"
              echo "GREETED=$WHO" >> "$GITHUB_ENV"
          - shell: bash
            run: >-
              echo "${{ steps.make.outputs.greeting }} from $GITHUB_ACTION_PATH,
              greeted $GREETED, job says $JOB_LEVEL, step is $GITHUB_ACTION"
      """;

  @TempDir Path work;
  @TempDir Path source;
  private JobHarness job;

  @BeforeEach
  void harness() {
    job = new JobHarness(work, new ActionCatalog(Optional.of(source), RetryBackoff.immediate()));
  }

  private void action(String name, String yaml) throws IOException {
    Path folder = Files.createDirectories(source.resolve(".github/actions").resolve(name));
    Files.writeString(folder.resolve("action.yml"), yaml);
  }

  private static final String CHECKOUT = "actions/checkout@v4";

  @Test
  void localComposite_runsItsStepsWithInputs_andMapsItsOutput() throws IOException {
    action("greet", GREET);

    JobReport report =
        job.run(
            uses("Checkout", null, CHECKOUT, Map.of()),
            uses("Greet", "greet", "./.github/actions/greet", Map.of("who", "Mona")),
            script("After", "echo \"after: $GREETED\""));

    assertThat(report.status()).as(job.log()).isEqualTo(JobStatus.SUCCESS);
    assertThat(report.steps().get(1).outputs())
        .containsExactly(Map.entry("greeting", "Hello Mona"));
    Path folder = job.workspace().resolve(".github/actions/greet");
    assertThat(job.log())
        .contains("Real code from " + folder)
        .contains(
            "Hello Mona from " + folder + ", greeted Mona, job says from the job, step is __run")
        .contains("after: Mona");
  }

  @Test
  void inputDefault_appliesWhenNotGiven() throws IOException {
    action("greet", GREET);

    JobReport report =
        job.run(
            uses("Checkout", null, CHECKOUT, Map.of()),
            uses("Greet", "greet", "./.github/actions/greet", Map.of()));

    assertThat(report.steps().get(1).outputs()).containsEntry("greeting", "Hello world");
  }

  @Test
  void failedStep_failsTheComposite_andLaterStepsReadItsStatus() throws IOException {
    action(
        "statuses",
        """
        name: Statuses
        runs:
          using: composite
          steps:
            - id: bad
              shell: bash
              run: exit 3
              continue-on-error: true
            - if: steps.bad.outcome == 'failure'
              shell: bash
              run: echo "bad was ${{ steps.bad.outcome }}/${{ steps.bad.conclusion }}"
            - shell: bash
              run: exit 4
            - shell: bash
              run: echo never printed
            - if: failure()
              shell: bash
              run: echo "cleanup after ${{ github.action_status }}"
        """);

    JobReport report =
        job.run(
            uses("Checkout", null, CHECKOUT, Map.of()),
            uses("Statuses", "statuses", "./.github/actions/statuses", Map.of()));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(report.steps().get(1).outcome()).isEqualTo(StepConclusion.FAILURE);
    assertThat(job.log())
        .contains("Process completed with exit code 3.", "bad was failure/success")
        .contains("Process completed with exit code 4.", "cleanup after failure")
        .doesNotContain("never printed");
  }

  @Test
  void nestedComposite_getsTheOuterInputs_andItsOutputFlowsOut() throws IOException {
    action("greet", GREET);
    action(
        "outer",
        """
        name: Outer
        inputs:
          name:
            required: true
        outputs:
          said:
            value: ${{ steps.inner.outputs.greeting }}!
        runs:
          using: composite
          steps:
            - id: inner
              uses: ./.github/actions/greet
              with:
                who: ${{ inputs.name }} ${{ github.repository }}
        """);

    JobReport report =
        job.run(
            uses("Checkout", null, CHECKOUT, Map.of()),
            uses("Outer", "outer", "./.github/actions/outer", Map.of("name", "Mona")));

    assertThat(report.status()).as(job.log()).isEqualTo(JobStatus.SUCCESS);
    assertThat(report.steps().get(1).outputs()).containsEntry("said", "Hello Mona acme/app!");
  }

  @Test
  void localAction_beforeCheckout_failsItsStepAsGitHubSays() {
    JobReport report = job.run(uses("Greet", "greet", "./.github/actions/greet", Map.of()));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(report.steps()).extracting(StepReport::name).containsExactly("Greet");
    assertThat(job.log())
        .contains(
            "Error: Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '"
                + job.workspace().resolve(".github/actions/greet")
                + "'. Did you forget to run actions/checkout before running your local action?");
  }

  @Test
  void badActionYml_failsItsStep_namingTheFileAndTheKey() throws IOException {
    action(
        "broken",
        """
        name: Broken
        runs:
          using: composite
          steps:
            - run: echo no shell
        """);

    JobReport report =
        job.run(
            uses("Checkout", null, CHECKOUT, Map.of()),
            uses("Broken", null, "./.github/actions/broken", Map.of()));

    assertThat(report.status()).isEqualTo(JobStatus.FAILURE);
    assertThat(report.steps().get(1).annotations())
        .extracting(Annotation::message)
        .containsExactly(
            "Failed to load "
                + job.workspace().resolve(".github/actions/broken/action.yml")
                + ": Required property is missing: shell at line 5, column 7 (runs.steps[0]):"
                + " a composite action's run step names its shell");
  }

  @Test
  void jobContexts_givenByTheWorkflow_reachTheCompositesExpressions() throws IOException {
    action(
        "context",
        """
        name: Context
        runs:
          using: composite
          steps:
            - shell: bash
              run: echo "event ${{ github.event_name }} on ${{ matrix.os }}, runner ${{ runner.os }}"
        """);
    job.withContexts(
        Map.of(
            "github", Values.of(Map.of("event_name", "workflow_dispatch")),
            "matrix", Values.of(Map.of("os", "linux"))));

    JobReport report =
        job.run(
            uses("Checkout", null, CHECKOUT, Map.of()),
            uses("Context", null, "./.github/actions/context", Map.of()));

    assertThat(report.status()).as(job.log()).isEqualTo(JobStatus.SUCCESS);
    assertThat(job.log()).contains("event workflow_dispatch on linux, runner Linux");
  }
}
