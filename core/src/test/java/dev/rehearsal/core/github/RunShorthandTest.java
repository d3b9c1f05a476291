package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunShorthandTest {
  @ParameterizedTest
  @CsvSource({
    "main, refs/heads/main",
    "feature/x, refs/heads/feature/x",
    "refs/tags/v1, refs/tags/v1",
    "refs/pull/7/merge, refs/pull/7/merge"
  })
  void fullRef_expandsABareBranchOnly(String ref, String full) {
    assertThat(RunShorthand.fullRef(ref)).isEqualTo(full);
  }

  @Test
  void builder_pullRequest_setsBaseAndHeadAsGitHubDoes() {
    WorkflowRun run =
        RunShorthand.builder("acme/app", "refs/pull/7/merge", "pull_request", "main", "fix")
            .jobWorkflowRef(RunShorthand.deployWorkflowRef("acme/app", "refs/pull/7/merge"))
            .build();

    assertThat(run.eventName()).isEqualTo("pull_request");
    assertThat(run.baseRef()).contains("main");
    assertThat(run.headRef()).contains("fix");
  }

  @Test
  void builder_push_hasNoBaseOrHeadRef() {
    WorkflowRun run =
        RunShorthand.builder("acme/app", "main", "push", "main", "fix")
            .jobWorkflowRef(RunShorthand.deployWorkflowRef("acme/app", "refs/heads/main"))
            .build();

    assertThat(run.ref()).isEqualTo("refs/heads/main");
    assertThat(run.baseRef()).isEmpty();
    assertThat(run.headRef()).isEmpty();
  }

  @Test
  void builder_pullRequestOnABranch_isRefusedNamingTheRefItNeeds() {
    assertThatThrownBy(
            () -> RunShorthand.builder("acme/app", "main", "pull_request_target", "a", "b"))
        .isInstanceOf(GitHubValidationException.class)
        .hasMessage("a pull_request_target run needs ref refs/pull/N/merge, got main");
  }
}
