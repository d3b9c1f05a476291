package dev.rehearsal.core.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * WorkflowRunValidation passes a value that is the very default object without looking at it: each
 * default must therefore be what the check it skips would accept.
 */
class RunDefaultsTest {
  @Test
  void defaults_passTheChecksValidationSkipsForThem() {
    assertThat(RunSyntax.repository(RunDefaults.REPOSITORY)).isTrue();
    assertThat(RunSyntax.ref(RunDefaults.REF)).isTrue();
    assertThat(RunSyntax.event(RunDefaults.EVENT)).isTrue();
    assertThat(RunSyntax.sha(RunDefaults.SHA)).isTrue();
    assertThat(RunSyntax.actor(RunDefaults.ACTOR)).isTrue();
    assertThat(RunDefaults.WORKFLOW).isNotBlank();
    for (String id :
        new String[] {
          RunDefaults.REPOSITORY_ID,
          RunDefaults.REPOSITORY_OWNER_ID,
          RunDefaults.ACTOR_ID,
          RunDefaults.RUN_ID,
          RunDefaults.RUN_NUMBER,
          RunDefaults.RUN_ATTEMPT,
          RunDefaults.CHECK_RUN_ID
        }) {
      assertThat(RunSyntax.id(id)).as(id).isTrue();
    }
  }

  @Test
  void build_whenTheJobWorkflowRefEqualsTheWorkflowRef_sharesOneObject() {
    WorkflowRun run =
        WorkflowRun.builder()
            .repository("acme/app")
            .jobWorkflowRef(new String("acme/app/.github/workflows/deploy.yml@refs/heads/main"))
            .build();

    assertThat(run.jobWorkflowRef()).isSameAs(run.workflowRef());
  }
}
