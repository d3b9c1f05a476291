package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowRunTest {

  @Test
  void builder_whenNothingSet_describesAPushToMainLikeTheSeedWorkflow() {
    WorkflowRun run = WorkflowRun.builder().build();

    assertThat(run.eventName()).isEqualTo("push");
    assertThat(run.ref()).isEqualTo("refs/heads/main");
    assertThat(run.refType()).isEqualTo(RefType.BRANCH);
    assertThat(run.repositoryOwner()).isEqualTo("octo-org");
    assertThat(run.repositoryName()).isEqualTo("octo-repo");
    assertThat(run.workflowRef())
        .isEqualTo("octo-org/octo-repo/.github/workflows/deploy.yml@refs/heads/main");
    assertThat(run.jobWorkflowRef()).isEqualTo(run.workflowRef());
    assertThat(run.workflowSha()).isEqualTo(run.sha());
    assertThat(run.jobWorkflowSha()).isEqualTo(run.sha());
    assertThat(run.baseRef()).isEmpty();
    assertThat(run.environment()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "refs/heads/main, BRANCH",
    "refs/heads/feature/x, BRANCH",
    "refs/tags/v1.0.0, TAG",
    // github/actions-oidc-debugger README: "ref": "refs/pull/27/merge", "ref_type": "branch"
    "refs/pull/27/merge, BRANCH"
  })
  void refType_isDerivedFromTheRefPrefix_asInRealTokens(String ref, RefType expected) {
    WorkflowRun run =
        ref.startsWith("refs/pull/")
            ? WorkflowRun.builder().pullRequest(27, "main", "feature").build()
            : WorkflowRun.builder().ref(ref).build();

    assertThat(run.refType()).isEqualTo(expected);
  }

  @Test
  void pullRequest_setsEventMergeRefAndBothBranches() {
    WorkflowRun run = WorkflowRun.builder().pullRequest(27, "main", "release-setup").build();

    assertThat(run.eventName()).isEqualTo("pull_request");
    assertThat(run.ref()).isEqualTo("refs/pull/27/merge");
    assertThat(run.baseRef()).contains("main");
    assertThat(run.headRef()).contains("release-setup");
  }

  static Stream<Arguments> invalidRuns() {
    return Stream.of(
        invalid("repository", "octo-org", b -> b.repository("octo-org"), "OWNER/NAME"),
        invalid("repository", "a/b/c", b -> b.repository("a/b/c"), "OWNER/NAME"),
        invalid("repository", "-org/repo", b -> b.repository("-org/repo"), "OWNER/NAME"),
        invalid("repository", "org/..", b -> b.repository("org/.."), "other than '.' or '..'"),
        invalid("repository_id", "12a", b -> b.repositoryId("12a"), "decimal number"),
        invalid("repository_owner_id", "0", b -> b.repositoryOwnerId("0"), "positive"),
        invalid("actor_id", "-1", b -> b.actorId("-1"), "positive"),
        invalid("run_id", "", b -> b.runId(""), "decimal number"),
        invalid("run_attempt", "0", b -> b.runAttempt("0"), "positive"),
        invalid("check_run_id", "x", b -> b.checkRunId("x"), "decimal number"),
        invalid("ref", "main", b -> b.ref("main"), "a full ref"),
        invalid("ref", "refs/heads/", b -> b.ref("refs/heads/"), "a full ref"),
        invalid("sha", "abc", b -> b.sha("abc"), "40"),
        invalid("event_name", "Push", b -> b.eventName("Push"), "event name"),
        invalid("base_ref", "main", b -> b.baseRef("main"), "only for pull_request"),
        invalid(
            "head_ref", "null", b -> b.eventName("pull_request").baseRef("main"), "a branch name"),
        invalid("environment", " ", b -> b.environment(" "), "non-blank"),
        invalid("environment_node_id", "EN_x", b -> b.environmentNodeId("EN_x"), "no environment"),
        invalid("actor", "octo cat", b -> b.actor("octo cat"), "GitHub login"),
        invalid("workflow_ref", "deploy.yml", b -> b.workflowRef("deploy.yml"), "OWNER/REPO/PATH"),
        invalid("enterprise", "octo-inc", b -> b.enterprise("octo-inc", null), "together"),
        invalid("enterprise_id", "x", b -> b.enterprise("octo-inc", "x"), "decimal number"));
  }

  private static Arguments invalid(
      String field, String value, UnaryOperator<WorkflowRunBuilder> change, String expected) {
    return Arguments.of(field, value, change, expected);
  }

  @ParameterizedTest(name = "{0} = ''{1}''")
  @MethodSource("invalidRuns")
  void build_whenAValueCannotComeFromGitHub_namesFieldValueAndExpectation(
      String field, String value, UnaryOperator<WorkflowRunBuilder> change, String expected) {
    assertThatThrownBy(() -> change.apply(WorkflowRun.builder()).build())
        .isInstanceOfSatisfying(
            GitHubValidationException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.getMessage())
                  .startsWith("Invalid " + field + " '")
                  .contains(value)
                  .contains(expected);
            });
  }

  @Test
  void build_acceptsAppActorsAndEnvironmentsContainingColons() {
    WorkflowRun run =
        WorkflowRun.builder()
            .actor("dependabot[bot]")
            .environment("production:eastus")
            .enterprise("octocat-inc", "123")
            .build();

    assertThat(run.actor()).isEqualTo("dependabot[bot]");
    assertThat(run.environment()).contains("production:eastus");
  }
}
