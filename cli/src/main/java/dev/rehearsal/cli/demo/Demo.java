package dev.rehearsal.cli.demo;

import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.Installation;
import dev.rehearsal.cli.world.World;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The demo's phases in order: the world, the stack (refused, then made), the repository, the push
 * and the pull, then the "what if"s. A phase that cannot go on (the world does not start, the stack
 * is not made) ends the demo there, marked as not as expected.
 */
final class Demo {
  static final int PHASES = 9;

  private final Transcript transcript;
  private final Installation installation;
  private final DataDirectory data;
  private final boolean daemonless;
  private DemoWorld world;

  Demo(Transcript transcript, Installation installation, DataDirectory data, boolean daemonless) {
    this.transcript = transcript;
    this.installation = installation;
    this.data = data;
    this.daemonless = daemonless;
  }

  /** Runs every phase; whether everything behaved as the policies say it should. */
  boolean run() {
    Seed seed = Seed.read(installation);
    try {
      if (!start()) {
        return false;
      }
      TrustExplanation trust = new TrustExplanation(seed);
      SeedRuns runs = new SeedRuns(transcript, world);
      StackPhases stack = new StackPhases(transcript, world, seed);
      Stage stage = new Stage(transcript, world, seed, runs, trust);
      FlowPhases flow = new FlowPhases(stage);
      WhatIfs whatIfs = new WhatIfs(stage);
      guarded(stack::withoutCapability);
      if (!attempt(stack::withCapability).orElse(false)) {
        return false;
      }
      guarded(stack::repository);
      Optional<String> digest = attempt(flow::pushToMain).flatMap(d -> d);
      digest.ifPresent(
          d ->
              guarded(
                  () ->
                      flow.pull(
                          "Pull the image back and check its digest",
                          d,
                          FlowPhases.MAIN_GREETING)));
      guarded(whatIfs::otherOrganisation);
      guarded(whatIfs::pullRequest);
      guarded(whatIfs::withoutIdToken);
      return transcript.allAsExpected() && transcript.phases().size() == PHASES;
    } finally {
      if (world != null) {
        world.close();
      }
    }
  }

  private boolean start() {
    Phase phase =
        transcript.begin(
            "world",
            "Start the emulators in a fresh data directory",
            "GitHub's token issuer and AWS answer on free ports of 127.0.0.1");
    return attempt(
            () -> {
              world = DemoWorld.start(installation, data, daemonless);
              var record = world.record();
              transcript.say(
                  phase,
                  "oidc-emulator",
                  record.oidc().url() + "   GitHub's token issuer, as " + World.GITHUB_ISSUER);
              transcript.say(
                  phase,
                  "aws-emulator",
                  record.aws().url() + "   IAM, STS, ECR, CloudFormation; account " + Seed.ACCOUNT);
              transcript.say(
                  phase, "registry", world.registry() + "   ECR's registry (plain HTTP)");
              transcript.say(phase, "docker", world.docker().reason());
              phase.facts().put("aws", record.aws().url());
              phase.facts().put("oidc", record.oidc().url());
              phase.facts().put("dockerEngine", world.docker().engine());
              phase.facts().put("docker", world.docker().reason());
              transcript.end(phase, true, "both answer");
              return true;
            })
        .orElse(false);
  }

  private void guarded(Runnable step) {
    attempt(
        () -> {
          step.run();
          return true;
        });
  }

  /**
   * Runs a step; what it throws ends the phase it was in as not as expected, with the message, and
   * gives nothing.
   */
  private <T> Optional<T> attempt(Supplier<T> step) {
    try {
      return Optional.of(step.get());
    } catch (RuntimeException e) {
      transcript.fail(e.getMessage() == null ? e.toString() : e.getMessage());
      return Optional.empty();
    }
  }
}
