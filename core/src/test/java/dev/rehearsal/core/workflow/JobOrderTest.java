package dev.rehearsal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code needs} puts jobs in order; jobs ready together keep the order they are written in. */
class JobOrderTest {
  private static String job(String id, String needs) {
    return "  "
        + id
        + ":\n    runs-on: ubuntu-latest\n"
        + (needs.isEmpty() ? "" : "    needs: " + needs + "\n")
        + "    steps:\n      - run: echo\n";
  }

  @Test
  void jobsInOrder_afterTheirNeeds_tiesInFileOrder() {
    Workflow workflow =
        Workflow.parse(
            "on: push\njobs:\n"
                + job("deploy", "[build, test]")
                + job("build", "")
                + job("test", "Build")
                + job("lint", "")
                + job("notify", "deploy"));

    assertThat(workflow.jobsInOrder())
        .extracting(Job::id)
        .containsExactly("build", "test", "deploy", "lint", "notify");
  }
}
