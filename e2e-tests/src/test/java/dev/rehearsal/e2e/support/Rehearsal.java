package dev.rehearsal.e2e.support;

import dev.rehearsal.core.workflow.Workflow;
import dev.rehearsal.core.workflow.permission.TokenSettings;
import dev.rehearsal.runner.action.aws.RetryBackoff;
import dev.rehearsal.runner.job.ActionCatalog;
import dev.rehearsal.runner.job.RunnerSetup;
import dev.rehearsal.runner.process.Cancellation;
import dev.rehearsal.runner.token.OidcEmulatorAdmin;
import dev.rehearsal.runner.workflow.RunEvent;
import dev.rehearsal.runner.workflow.RunReport;
import dev.rehearsal.runner.workflow.RunSettings;
import dev.rehearsal.runner.workflow.WorkflowExecution;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a workflow file as {@code rehearse run} runs it ({@link WorkflowExecution} against the
 * world's emulators, the job's token from the oidc-emulator), in a folder of its own: the
 * repository checked out is a folder with a {@code FROM scratch} Dockerfile, so that the build
 * needs no network. The secrets are the seed's: the account, the role to assume, the region.
 */
public final class Rehearsal {
  private final Emulators emulators;
  private final Path folder;
  private String workflow = RepositoryFiles.seedWorkflow();
  private String role = SeedStack.ROLE;
  private String content = "hello from the rehearsal\n";
  private String awsUrl;

  private Rehearsal(Emulators emulators, Path folder) {
    this.emulators = emulators;
    this.folder = folder;
  }

  /** A rehearsal of the seed's workflow, unchanged, assuming the seed's role. */
  public static Rehearsal of(Emulators emulators, Path folder) {
    return new Rehearsal(emulators, folder);
  }

  /** A push of {@code main} to {@code repository}, what triggers the seed's workflow. */
  public static RunEvent pushToMain(String repository) {
    return RunEvent.push(repository, "refs/heads/main", "a".repeat(40), "octocat");
  }

  /** Another workflow text (the seed's, changed visibly by the caller). */
  public Rehearsal workflow(String text) {
    this.workflow = text;
    return this;
  }

  /** The role the secret {@code AWS_ROLE_TO_PUSH_IMG} names. */
  public Rehearsal role(String name) {
    this.role = name;
    return this;
  }

  /**
   * Where the job's AWS calls go ({@code AWS_ENDPOINT_URL}): another backend (LocalStack) than the
   * world's aws-emulator; the job's token still comes from the world's oidc-emulator.
   */
  public Rehearsal awsEndpoint(String url) {
    this.awsUrl = url;
    return this;
  }

  /** What the image's one file holds: different content, a different image digest. */
  public Rehearsal imageContent(String text) {
    this.content = text;
    return this;
  }

  /** Runs the workflow for {@code event}; the log is also printed, for whoever reads the report. */
  public RunOutcome run(RunEvent event) {
    StringWriter log = new StringWriter();
    try {
      Path run = Files.createTempDirectory(Files.createDirectories(folder), "run");
      Path workspace = Files.createDirectories(run.resolve("repository"));
      Files.writeString(workspace.resolve("Dockerfile"), "FROM scratch\nCOPY hello.txt /\n");
      Files.writeString(workspace.resolve("hello.txt"), content);
      RunReport report =
          new WorkflowExecution(setup(run.resolve("work"), workspace, new PrintWriter(log)))
              .run(Workflow.parse(workflow), event, settings());
      return new RunOutcome(report, log.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      System.out.println("---- " + event.repository() + " (" + event.name() + ")\n" + log);
    }
  }

  private RunnerSetup setup(Path work, Path workspace, PrintWriter log) {
    Map<String, String> base = new LinkedHashMap<>(RunnerSetup.hostEnvironment(System.getenv()));
    base.put("AWS_ENDPOINT_URL", awsUrl == null ? emulators.awsUrl() : awsUrl);
    return new RunnerSetup(
        work,
        base,
        // No waits between configure-aws-credentials' retries of a refused assumption: the same
        // twelve attempts and the same final message, without 1.5 minutes of jittered backoff.
        new ActionCatalog(Optional.of(workspace), RetryBackoff.immediate()),
        Optional.of(OidcEmulatorAdmin.fromDataDirectory(emulators.oidcHome())),
        Optional.of(emulators.caFile()),
        false,
        log,
        new Cancellation());
  }

  private RunSettings settings() {
    return new RunSettings(
        Map.of(
            "AWS_ACCOUNT_ID", Emulators.ACCOUNT,
            "AWS_ROLE_TO_PUSH_IMG", role,
            "AWS_DEFAULT_REGION", Emulators.REGION),
        Map.of(),
        TokenSettings.restricted(),
        ".github/workflows/deploy.yml",
        Optional.empty());
  }
}
