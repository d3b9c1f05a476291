package dev.rehearsal.cli.demo;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.run.WorldRunner;
import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.permission.TokenSettings;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.job.RunnerSetup;
import dev.rehearsal.runner.workflow.RunEvent;
import dev.rehearsal.runner.workflow.RunReport;
import dev.rehearsal.runner.workflow.RunSettings;
import dev.rehearsal.runner.workflow.WorkflowExecution;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a workflow as GitHub would for an event, in the demo's world, from a workspace whose
 * Dockerfile builds offline ({@code FROM scratch} and a file): with the Docker engine, or with the
 * daemonless stand-in first on the job's {@code PATH}. configure-aws-credentials' retry waits are
 * added up rather than slept: a refusal is retried 12 times, ~100 s of waiting on GitHub.
 */
final class SeedRuns {
  private static final Pattern DIGEST =
      Pattern.compile(Pattern.quote(Seed.TAG) + ": digest: (sha256:[0-9a-f]{64})");

  /** A run: GitHub's report, the log, the digest a push printed, the waits skipped. */
  record Outcome(RunReport report, List<String> log, Optional<String> digest, long waitsSkipped) {
    boolean logged(String text) {
      return log.stream().anyMatch(line -> line.contains(text));
    }
  }

  private final Transcript transcript;
  private final DemoWorld world;
  private int runs;

  SeedRuns(Transcript transcript, DemoWorld world) {
    this.transcript = transcript;
    this.world = world;
  }

  /**
   * Runs {@code workflow} for {@code event}; the checked-out workspace's {@code hello.txt} says
   * {@code greeting}. The log's lines {@code shown} are printed under the phase.
   */
  Outcome run(
      Phase phase, String workflow, RunEvent event, String greeting, Predicate<String> shown) {
    int run = ++runs;
    Path workspace = workspace(run, greeting);
    Path work = create(world.folder("runs").resolve("run-" + run));
    AtomicLong skipped = new AtomicLong();
    RetryBackoff backoff = new RetryBackoff(skipped::addAndGet, Math::random);
    int logged = phase.log().size();
    PrintWriter log = transcript.log(phase, shown);
    RunnerSetup setup =
        WorldRunner.setup(
            world.record(),
            world.data(),
            work,
            workspace,
            backoff,
            Optional.empty(),
            world.docker().environment(),
            log);
    RunSettings settings =
        new RunSettings(
            Seed.secrets(),
            Map.of(),
            TokenSettings.restricted(),
            ".github/workflows/deploy.yml",
            Optional.empty());
    RunReport report = new WorkflowExecution(setup).run(Workflow.parse(workflow), event, settings);
    log.close();
    List<String> lines = phase.log().subList(logged, phase.log().size());
    Optional<String> digest = Optional.empty();
    for (String line : lines) {
      Matcher matcher = DIGEST.matcher(line);
      if (matcher.find()) {
        digest = Optional.of(matcher.group(1));
      }
    }
    return new Outcome(report, lines, digest, skipped.get());
  }

  /** A repository's files as checkout finds them: a Dockerfile that needs no base image. */
  private Path workspace(int run, String greeting) {
    Path workspace = create(world.folder("workspaces").resolve("workspace-" + run));
    try {
      Files.writeString(
          workspace.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /hello.txt\n");
      Files.writeString(workspace.resolve("hello.txt"), greeting + "\n");
    } catch (IOException e) {
      throw new UserError("cannot write the demo's workspace " + workspace + ": " + e, e);
    }
    return workspace;
  }

  private static Path create(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UserError("cannot create " + folder + ": " + e.getMessage(), e);
    }
  }
}
