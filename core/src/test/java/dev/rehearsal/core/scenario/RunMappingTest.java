package dev.rehearsal.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.github.RunShorthand;
import dev.rehearsal.core.github.WorkflowRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunMappingTest {
  /** RunMapping leaves job_workflow_ref to the builder when the scenario does not set it. */
  @ParameterizedTest
  @CsvSource({
    "acme/app, main, push",
    "acme/app, refs/tags/v1, push",
    "acme/app, refs/pull/7/merge, pull_request",
    "a/b.c, feature/x, workflow_dispatch"
  })
  void workflowRun_withoutAJobWorkflowRef_hasTheDeployWorkflows(
      String repository, String ref, String event) {
    WorkflowRun run =
        ScenarioFile.parse(
                "r.yaml",
                "scenarios:\n  - name: a\n    role: r\n    run: {repository: "
                    + repository
                    + ", ref: "
                    + ref
                    + ", event: "
                    + event
                    + "}\n    expect: {assume: allow}\n")
            .get(0)
            .run();

    assertThat(run.jobWorkflowRef())
        .isEqualTo(RunShorthand.deployWorkflowRef(repository, RunShorthand.fullRef(ref)));
  }
}
