package dev.rehearsal.cli.run;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.daemonless.JobDocker;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.DataOption;
import dev.rehearsal.cli.world.WorldRecord;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rehearse run}: a GitHub Actions workflow file, unchanged, run on this machine for a
 * simulated event, against the running emulators ({@code rehearse up}), with the job's OIDC token.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a GitHub Actions workflow file as a GitHub runner would, for a simulated event, against"
          + " the running emulators ('rehearse up' in another shell): the job gets its OIDC token"
          + " from the oidc-emulator when it has 'permissions: id-token: write', AWS calls go to"
          + " the aws-emulator, 'docker push' to its registry.",
      "",
      "actions/checkout copies the workspace folder; configure-aws-credentials and"
          + " amazon-ecr-login run natively (no download) with the actions' own behaviour and"
          + " messages. 'run:' steps run in bash on this machine.",
      "",
      "The event decides what GitHub would decide: whether the workflow runs at all (its 'on:'"
          + " filters), the token's claims (sub: repo:OWNER/REPO:ref:refs/heads/BRANCH, or"
          + " :pull_request, or :environment:NAME), and for a pull request from a fork no secrets"
          + " and a read-only token.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse run deploy.yml --repo acme/app --secret AWS_ACCOUNT_ID=000000000000",
      "  rehearse run deploy.yml --repo acme/app --event pull_request --pr 7 --fork",
      "  rehearse run deploy.yml --repo acme/app --ref dev --format json",
      "  rehearse run deploy.yml --repo acme/app --docker daemonless   # no Docker engine needed",
      "",
      "Exit codes: 0 every job succeeded, 1 a job failed or the event does not trigger the"
          + " workflow, 2 a bad workflow file or bad options.",
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WORKFLOW", description = "The workflow file (YAML)")
  Path workflowFile;

  @Mixin EventOptions event;

  @Option(
      names = "--secret",
      paramLabel = "NAME=VALUE",
      description = "A repository secret (the secrets context; masked in the log). Repeatable.")
  Map<String, String> secrets = new LinkedHashMap<>();

  @Option(
      names = "--var",
      paramLabel = "NAME=VALUE",
      description = "A configuration variable (the vars context). Repeatable.")
  Map<String, String> vars = new LinkedHashMap<>();

  @Option(
      names = "--workspace",
      defaultValue = ".",
      paramLabel = "DIR",
      description =
          "What actions/checkout checks out: a git repository (cloned at --ref when it has it) or"
              + " a folder (copied). Default: the current folder")
  Path workspace;

  @Option(
      names = "--actions",
      paramLabel = "DIR",
      description =
          "Actions' code on disk, run as their real code: DIR/OWNER/REPO@REF/ (action.yml at its"
              + " root), or a git checkout DIR/OWNER/REPO at REF. An action found there runs"
              + " instead of the native one; ./path actions come from the workspace")
  Optional<Path> actions;

  @Option(names = "--job", paramLabel = "ID", description = "Run only this job")
  Optional<String> job;

  @Option(
      names = "--workflow-path",
      paramLabel = "PATH",
      description =
          "Where the file lives in the repository, for workflow_ref and job_workflow_ref"
              + " (default: .github/workflows/ and the file's name)")
  Optional<String> workflowPath;

  @Option(
      names = "--permissive-token",
      description =
          "The repository's default GITHUB_TOKEN permissions are 'permissive' (read and write)"
              + " rather than GitHub's default for new repositories, 'restricted'")
  boolean permissive;

  @Option(
      names = "--no-retry-wait",
      description =
          "configure-aws-credentials retries a failed role assumption 12 times with jittered"
              + " exponential backoff (about 1.5 minutes before a denial is final, as on GitHub):"
              + " keep the retries, skip the waits")
  boolean noRetryWait;

  @Option(
      names = "--docker",
      defaultValue = "auto",
      paramLabel = "auto|engine|daemonless",
      description =
          "The docker the job's steps call. auto: the Docker engine when 'docker info' answers,"
              + " else rehearse's daemonless stand-in (login, build FROM scratch, push; built and"
              + " pushed with Jib core); engine: the engine's, even if it does not answer;"
              + " daemonless: the stand-in (default: ${DEFAULT-VALUE})")
  JobDocker.Choice docker;

  @Option(
      names = {"--workdir", "--work"},
      paramLabel = "DIR",
      description =
          "The runner's work folder, kept afterwards (default: a new temporary folder, removed"
              + " after); --work is the same")
  Optional<Path> work;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "text: the log as GitHub shows it; json: the log on stderr and, on stdout, each job's"
              + " steps with outcome, outputs and duration (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin DataOption data;

  enum Format {
    text,
    json
  }

  @Override
  public Integer call() throws Exception {
    Workflow workflow = Workflow.parse(read(workflowFile));
    RunEvent runEvent = event.toEvent(workspace);
    DataDirectory directory = data.directory();
    WorldRecord world =
        WorldRecord.running(directory, ": start one with 'rehearse up' (in another shell) first");
    PrintWriter log =
        format == Format.json ? spec.commandLine().getErr() : spec.commandLine().getOut();
    Path folder = work.orElseGet(RunCommand::temporaryFolder);
    try {
      RunReport report = run(workflow, runEvent, world, directory, folder, log);
      if (format == Format.json) {
        spec.commandLine().getOut().println(report.toJson().toPrettyString());
      }
      return report.succeeded() ? Rehearse.OK : Rehearse.FAILED;
    } finally {
      if (work.isEmpty()) {
        Folders.delete(folder);
      }
    }
  }

  private RunReport run(
      Workflow workflow,
      RunEvent runEvent,
      WorldRecord world,
      DataDirectory directory,
      Path folder,
      PrintWriter log) {
    RetryBackoff backoff = noRetryWait ? RetryBackoff.immediate() : RetryBackoff.jittered();
    try (JobDocker jobDocker = jobDocker(folder, log)) {
      RunnerSetup setup =
          WorldRunner.setup(
              world, directory, folder, workspace, backoff, actions, jobDocker.environment(), log);
      return new WorkflowExecution(setup).run(workflow, runEvent, settings());
    }
  }

  /**
   * The engine's docker, or the stand-in, saying which and why: a job's {@code docker build} fails
   * without an engine, and the log must not leave the user guessing why it did not.
   */
  private JobDocker jobDocker(Path folder, PrintWriter log) {
    if (docker == JobDocker.Choice.engine) {
      return new JobDocker(true, "--docker engine", Map.of(), Optional.empty());
    }
    JobDocker chosen =
        JobDocker.choose(
            JobDocker.probe(docker),
            "--docker daemonless",
            folder.resolve("daemonless"),
            Optional.empty());
    if (!chosen.engine()) {
      log.println(
          "rehearse: "
              + chosen.reason()
              + "; the job's 'docker' is rehearse's daemonless stand-in (login, build FROM"
              + " scratch, push with Jib core). --docker engine to use the engine only.");
    }
    return chosen;
  }

  private RunSettings settings() {
    return new RunSettings(
        secrets,
        vars,
        permissive ? TokenSettings.permissive() : TokenSettings.restricted(),
        workflowPath.orElse(".github/workflows/" + workflowFile.getFileName()),
        job);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UserError("cannot read the workflow file " + file + ": " + e.getMessage());
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("rehearse-run");
    } catch (IOException e) {
      throw new UserError("cannot create a work folder: " + e.getMessage());
    }
  }
}
