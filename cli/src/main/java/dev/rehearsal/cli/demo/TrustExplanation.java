package dev.rehearsal.cli.demo;

import dev.rehearsal.core.cloudformation.StackSettings;
import dev.rehearsal.core.cloudformation.Template;
import dev.rehearsal.core.evaluation.Decision;
import dev.rehearsal.core.federation.WebIdentityCheck;
import dev.rehearsal.core.github.GitHubClaims;
import dev.rehearsal.core.github.RunShorthand;
import dev.rehearsal.core.github.SubjectTemplate;
import dev.rehearsal.core.github.TokenRequest;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.core.scenario.EcrExpectation;
import dev.rehearsal.core.scenario.Scenario;
import dev.rehearsal.core.scenario.ScenarioResult;
import dev.rehearsal.core.scenario.ScenarioRunner;
import dev.rehearsal.core.scenario.StackTarget;
import dev.rehearsal.core.scenario.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Why STS decided as it did, in core's words: the same chain the aws-emulator runs (provider,
 * audience, trust policy; then the session's ECR rights), evaluated by core for the run's claims
 * against the seed's stack as it was deployed ({@code rehearse check}'s engine). STS's own answer
 * says only "Not authorized"; this names the condition and the values.
 */
final class TrustExplanation {
  private static final String AUDIENCE = "sts.amazonaws.com";

  /** The run's {@code sub} claim, STS's verdict, and the lines that explain it. */
  record Explained(String subject, boolean allowed, boolean mayPush, String why) {}

  private final ScenarioRunner runner;

  TrustExplanation(Seed seed) {
    var stack =
        Template.parse(seed.stack())
            .resolve(
                StackSettings.of(Seed.STACK_NAME, Seed.REGION, Seed.ACCOUNT, Seed.parameters()));
    this.runner = new ScenarioRunner(StackTarget.of(stack, Seed.ACCOUNT, Seed.REGION));
  }

  /** A push of {@code branch} to {@code repository}. */
  static WorkflowRun push(String repository, String branch) {
    return RunShorthand.builder(repository, branch, "push", "main", "feature").build();
  }

  /** Pull request {@code number} of {@code repository}, from {@code head} into main. */
  static WorkflowRun pullRequest(String repository, int number, String head) {
    return RunShorthand.builder(
            repository, "refs/pull/" + number + "/merge", "pull_request", "main", head)
        .build();
  }

  Explained explain(WorkflowRun run) {
    Scenario scenario =
        new Scenario(
            "demo",
            0,
            run,
            Seed.ROLE,
            AUDIENCE,
            Duration.ZERO,
            SubjectTemplate.githubDefault(),
            Verdict.ALLOW,
            Optional.empty(),
            List.of(new EcrExpectation("ecr:PutImage", Seed.REPOSITORY, Verdict.ALLOW)),
            Optional.empty());
    ScenarioResult result = runner.run(scenario, Instant.now());
    String subject =
        String.valueOf(
            GitHubClaims.of(TokenRequest.defaults(run).withAudience(AUDIENCE)).get("sub"));
    StringBuilder why = new StringBuilder();
    for (WebIdentityCheck check : result.decision().checks()) {
      if (!check.passed()) {
        why.append("STS step failed: ").append(check.step().description()).append('\n');
      }
    }
    result.decision().trust().map(Decision::explain).ifPresent(why::append);
    boolean allowed = result.assume() == Verdict.ALLOW;
    boolean mayPush = allowed && result.ecr().get(0).actual() == Verdict.ALLOW;
    if (allowed) {
      why.append("\necr:PutImage on ")
          .append(Seed.REPOSITORY)
          .append(mayPush ? ": allowed" : ": denied")
          .append(" by the role's policy");
    }
    return new Explained(subject, allowed, mayPush, why.toString().strip());
  }
}
