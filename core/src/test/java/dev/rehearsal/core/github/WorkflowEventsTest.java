package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GitHub's workflow events (docs.github.com, "Events that trigger workflows"): a closed list. */
class WorkflowEventsTest {
  @ParameterizedTest
  @ValueSource(strings = {"push", "pull_request", "pull_request_target", "workflow_dispatch"})
  void known_forGitHubsEvents_isTrue(String event) {
    assertThat(WorkflowEvents.known(event)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"pul_request,pull_request", "Push,push", "workflow_dispach,workflow_dispatch"})
  void closest_forATypo_isTheEventMeant(String typo, String meant) {
    assertThat(WorkflowEvents.known(typo)).isFalse();
    assertThat(WorkflowEvents.closest(typo)).contains(meant);
  }

  @ParameterizedTest
  @ValueSource(strings = {"deploy_to_production_now", "x"})
  void closest_forSomethingNearNoEvent_isEmpty(String event) {
    assertThat(WorkflowEvents.closest(event)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pul_request", "deploy"})
  void validation_ofARunWithAnUnknownEvent_refusesItNamingGitHubsEvents(String event) {
    assertThatThrownBy(() -> WorkflowRun.builder().repository("acme/app").eventName(event).build())
        .isInstanceOf(GitHubValidationException.class)
        .hasMessageContaining("event_name")
        .hasMessageContaining("an event that triggers GitHub workflows");
  }
}
