package dev.rehearsal.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.permission.Access;
import dev.rehearsal.core.workflow.permission.EffectivePermissions;
import dev.rehearsal.core.workflow.permission.Scope;
import dev.rehearsal.core.workflow.trigger.Event;
import dev.rehearsal.core.workflow.trigger.TriggerMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article's workflow, as the runner and {@code lint} will ask about it. */
class SeedWorkflowTest {
  private final Workflow seed = Workflow.parse(Workflows.seed());
  private final Job job = seed.job("build-push-image").orElseThrow();

  @Test
  void parse_seed_readsItsOneJobAndFourSteps() {
    assertThat(seed.name()).hasValueSatisfying(n -> assertThat(n.source()).isEqualTo("Deploy 🚀"));
    assertThat(seed.jobs()).extracting(Job::id).containsExactly("build-push-image");
    assertThat(job.runsOn().labels()).extracting(t -> t.source()).containsExactly("ubuntu-latest");
    assertThat(job.steps()).hasSize(4);
    assertThat(job.steps().get(0))
        .isInstanceOfSatisfying(
            UsesStep.class, s -> assertThat(s.action()).isEqualTo("actions/checkout"));
    assertThat(job.step("login-ecr"))
        .hasValueSatisfying(
            s -> assertThat(((UsesStep) s).uses()).isEqualTo("aws-actions/amazon-ecr-login@v1"));
  }

  @Test
  void parse_seed_keepsExpressionsAsWrittenWithTheirLines() {
    UsesStep credentials = (UsesStep) job.steps().get(1);
    assertThat(credentials.with().get("aws-region").source())
        .isEqualTo("${{ secrets.AWS_DEFAULT_REGION }}");
    assertThat(credentials.with().get("aws-region").isExpression()).isTrue();
    RunStep build = (RunStep) job.steps().get(3);
    assertThat(build.env().get("ECR_REGISTRY").source())
        .isEqualTo("${{ steps.login-ecr.outputs.registry }}");
    assertThat(build.env().get("ECR_REGISTRY").location()).isEqualTo(new Location(37, 25));
    assertThat(build.run().source()).startsWith("docker build -t $ECR_REGISTRY");
  }

  @Test
  void effectivePermissions_seedJob_grantsIdTokenWrite() {
    EffectivePermissions permissions =
        seed.effectivePermissions(job, Event.push("refs/heads/main", List.of("Dockerfile")));

    assertThat(permissions.grantsIdToken()).isTrue();
    assertThat(permissions.get(Scope.CONTENTS)).isEqualTo(Access.READ);
    assertThat(permissions.get(Scope.ACTIONS)).isEqualTo(Access.READ);
    assertThat(permissions.get(Scope.PACKAGES)).isEqualTo(Access.NONE);
    assertThat(permissions.reasons()).containsExactly("the job's permissions (line 16, column 5)");
  }

  @Test
  void match_pushToMain_runs() {
    TriggerMatch match = seed.triggers().match(Event.push("refs/heads/main", List.of("app.js")));

    assertThat(match.runs()).isTrue();
    assertThat(match.reason()).contains("push to refs/heads/main matches branches [main]");
  }

  @Test
  void match_pushToDev_saysWhichFilterStopsIt() {
    TriggerMatch match = seed.triggers().match(Event.push("refs/heads/dev", List.of("app.js")));

    assertThat(match.runs()).isFalse();
    assertThat(match.reason()).startsWith("push to refs/heads/dev does not match branches [main]");
  }

  @Test
  void match_pullRequest_isNotATriggerOfTheSeed() {
    TriggerMatch match = seed.triggers().match(Event.pullRequest("main", List.of("app.js")));

    assertThat(match.runs()).isFalse();
    assertThat(match.reason()).isEqualTo("the workflow does not run on pull_request (on: push)");
  }
}
