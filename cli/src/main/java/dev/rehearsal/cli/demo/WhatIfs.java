package dev.rehearsal.cli.demo;

import dev.rehearsal.runner.workflow.RunEvent;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The "what if"s, each with its reason: the same workflow from another organisation, from a pull
 * request, and from a job without {@code id-token: write}.
 */
final class WhatIfs {
  static final String NOT_AUTHORIZED = "Not authorized to perform sts:AssumeRoleWithWebIdentity";
  static final String NO_CREDENTIALS =
      "Credentials could not be loaded, please check your action inputs";
  static final String OTHER_ORGANISATION = "other-org";
  static final int PULL_REQUEST = 7;
  static final String PR_GREETING = "hello from pull request #7 of acme/test-service";
  private static final String PR_SHA = "9a8b7c6d5e4f30211203f4e5d6c7b8a9f0e1d2c3";

  /** The lines of a run worth projecting when the phase's lines tell the rest: its errors. */
  static final Predicate<String> ERRORS =
      line -> line.startsWith("Error") || line.startsWith("The workflow does not run");

  private final Stage stage;
  private final Transcript transcript;

  WhatIfs(Stage stage) {
    this.stage = stage;
    this.transcript = stage.transcript();
  }

  void otherOrganisation() {
    String repository = Seed.repositoryOf(OTHER_ORGANISATION);
    Phase phase =
        transcript.begin(
            "other-organisation",
            "What if: the same workflow runs in another organisation",
            "STS refuses AssumeRoleWithWebIdentity: the trust policy admits repo:"
                + Seed.ORGANISATION
                + "/* only");
    transcript.say(
        phase, "you", "git push origin main   (" + repository + ": the same files, another owner)");
    TrustExplanation.Explained explained =
        stage.trust().explain(TrustExplanation.push(repository, "main"));
    transcript.say(phase, "GitHub", "the job's OIDC token says sub '" + explained.subject() + "'");
    SeedRuns.Outcome outcome =
        stage
            .runs()
            .run(
                phase,
                stage.seed().workflow(),
                RunEvent.push(repository, "refs/heads/main", FlowPhases.SHA, "octocat"),
                "hello from " + repository,
                ERRORS);
    transcript.say(
        phase,
        "STS",
        (outcome.logged(NOT_AUTHORIZED) ? "AccessDenied: " + NOT_AUTHORIZED : "(no refusal seen)")
            + "\nconfigure-aws-credentials v1 asked 12 times; on GitHub its backoff would have"
            + " waited "
            + Transcript.seconds(outcome.waitsSkipped())
            + " (skipped here)");
    transcript.say(phase, "core", explained.why());
    phase.facts().put("sub", explained.subject());
    boolean refused =
        !outcome.report().succeeded() && outcome.logged(NOT_AUTHORIZED) && !explained.allowed();
    transcript.end(
        phase,
        refused,
        refused
            ? "refused: the sub condition repo:" + Seed.ORGANISATION + "/* does not match"
            : "not refused as the trust policy says");
  }

  void pullRequest() {
    String repository = Seed.repositoryOf(Seed.ORGANISATION);
    Phase phase =
        transcript.begin(
            "pull-request",
            "What if: a pull request of " + repository,
            "the seed workflow does not run for it (on: push to main); with 'pull_request:' added"
                + " to its on:,\nthe seed's repo:acme/* lets the pull request assume the role and"
                + " push");
    RunEvent event =
        RunEvent.pullRequest(
            repository, PULL_REQUEST, "main", "feature", PR_SHA, "contributor", false);
    transcript.say(phase, "you", "open pull request #" + PULL_REQUEST + " from branch feature");
    SeedRuns.Outcome unchanged =
        stage.runs().run(phase, stage.seed().workflow(), event, PR_GREETING, line -> true);
    transcript.say(
        phase,
        "you",
        "the pull request also adds 'pull_request:' to the workflow's on: — a pull_request run"
            + " uses\nthe workflow file of the pull request's own merge commit, so its author"
            + " decides what runs");
    TrustExplanation.Explained explained =
        stage.trust().explain(TrustExplanation.pullRequest(repository, PULL_REQUEST, "feature"));
    transcript.say(phase, "GitHub", "the job's OIDC token says sub '" + explained.subject() + "'");
    String widened = stage.seed().workflowWith("on:\n  push:\n", "on:\n  pull_request:\n  push:\n");
    SeedRuns.Outcome opened = stage.runs().run(phase, widened, event, PR_GREETING, ERRORS);
    transcript.say(phase, "core", explained.why());
    Optional<String> served =
        opened.digest().isPresent()
            ? new ImageCheck(stage.world()).pull().file()
            : Optional.empty();
    opened
        .digest()
        .ifPresent(
            digest ->
                transcript.say(
                    phase,
                    "registry",
                    Seed.REPOSITORY
                        + ":"
                        + Seed.TAG
                        + " is now "
                        + digest
                        + ", the pull request's image: hello.txt says\n'"
                        + served.orElse("(not found)")
                        + "'"));
    transcript.say(phase, "why it matters", lesson());
    phase.facts().put("sub", explained.subject());
    phase.facts().put("triggeredUnchanged", unchanged.report().triggered());
    opened.digest().ifPresent(d -> phase.facts().put("digest", d));
    boolean asThePolicySays =
        !unchanged.report().triggered()
            && opened.report().succeeded()
            && explained.allowed()
            && explained.mayPush()
            && served.equals(Optional.of(PR_GREETING));
    transcript.end(
        phase,
        asThePolicySays,
        asThePolicySays
            ? "the pull request pushed over main's image, as repo:acme/* allows"
            : "not as the seed's trust policy allows");
  }

  private static String lesson() {
    return "repo:acme/* admits every ref and every event of every acme repository. Fork pull"
        + " requests\nget no 'id-token: write' from GitHub, but any branch of any acme"
        + " repository can open one,\nchange the workflow, and push images as the deploy role."
        + " Pin the subject to one ref:\nStringEquals 'repo:acme/test-service:ref:refs/heads/main'"
        + " (examples/seed/stack-tightened.yaml;\nsee: rehearse diff examples/seed/stack.yaml"
        + " examples/seed/stack-tightened.yaml -p GitHubOrg=acme)";
  }

  void withoutIdToken() {
    String repository = Seed.repositoryOf(Seed.ORGANISATION);
    Phase phase =
        transcript.begin(
            "no-id-token",
            "What if: the job lacks 'permissions: id-token: write'",
            "configure-aws-credentials fails: GitHub gives the job no way to ask for a token");
    transcript.say(
        phase, "you", "git push origin main, the workflow without its line 'id-token: write'");
    String withoutIdToken = stage.seed().workflowWith("      id-token: write\n", "");
    SeedRuns.Outcome outcome =
        stage
            .runs()
            .run(
                phase,
                withoutIdToken,
                RunEvent.push(repository, "refs/heads/main", FlowPhases.SHA, "octocat"),
                FlowPhases.MAIN_GREETING,
                ERRORS);
    transcript.say(
        phase,
        "GitHub",
        "a job that lists permissions gets only those it lists: no ACTIONS_ID_TOKEN_REQUEST_URL"
            + "\nor ACTIONS_ID_TOKEN_REQUEST_TOKEN in its environment, so no OIDC token");
    transcript.say(
        phase,
        "action",
        "configure-aws-credentials v1 finds no token and no access keys: '"
            + NO_CREDENTIALS
            + ": ...'");
    boolean failed = !outcome.report().succeeded() && outcome.logged(NO_CREDENTIALS);
    transcript.end(
        phase,
        failed,
        failed ? "the job failed with the action's own message" : "the job did not fail so");
  }
}
