package dev.rehearsal.cli.check;

import dev.rehearsal.cli.ByteWriter;
import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.report.ExitCodes;
import dev.rehearsal.cli.template.InputOptions;
import dev.rehearsal.cli.template.TemplateSource;
import dev.rehearsal.core.scenario.Scenario;
import dev.rehearsal.core.scenario.ScenarioFile;
import dev.rehearsal.core.scenario.ScenarioResult;
import dev.rehearsal.core.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehearse check}: scenarios against a template, with AWS's decisions, no server. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Run workflow-run scenarios against a CloudFormation template the way AWS would decide them:"
          + " GitHub's token claims -> the account's OIDC provider -> the role's trust policy ->"
          + " the session's ECR permissions. Each scenario says what it expects; any mismatch"
          + " fails the check (exit 1). No Docker, no servers.",
      "",
      "The scenario file format is documented in docs/scenarios.md.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse check stack.yaml --param GitHubOrg=acme --scenarios scenarios.yaml",
      "  rehearse check stack.yaml -p GitHubOrg=acme --scenarios s.yaml --format junit > check.xml",
      "  rehearse check plan.json --scenarios scenarios.yaml            # terraform show -json",
      "  rehearse check trust-policy.json --role GithubOIDCIAMRole --permissions push-policy.json"
          + " --scenarios scenarios.yaml",
      "",
      ExitCodes.CHECK,
    })
public final class CheckCommand implements Callable<Integer> {
  /**
   * The start of the "in all" time the text report ends with: main's first line, the JVM having
   * started (issue 5's measure), so picocli's own start is counted; when the CLI runs in another
   * program's JVM (the tests), when this command was made.
   */
  private final long created = Rehearse.started(System.nanoTime());

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin PolicyRoleOptions policyRole;

  @Option(
      names = "--scenarios",
      required = true,
      paramLabel = "S",
      description = "The scenario file (YAML)")
  Path scenarios;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|junit",
      description =
          "Output format (default: ${DEFAULT-VALUE}); junit is JUnit XML, one test case per"
              + " scenario; json is described in docs/ci.md")
  CheckReport.Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "failure",
      paramLabel = "failure|none",
      description = "Exit 1 when a scenario fails, or never (default: ${DEFAULT-VALUE})")
  String failOn;

  @Override
  public Integer call() {
    long reading = System.nanoTime();
    boolean failOnFailure = failOn();
    TemplateSource source = input.source();
    // The template is resolved and its policies compiled on a thread of their own while the
    // scenarios are read: ~0.1-0.2 s of SnakeYAML, Jackson and policy parsing that would otherwise
    // leave a core idle. A bad scenario file is still reported before a bad template, as when they
    // ran one after the other.
    CompletableFuture<ScenarioRunner> preparing =
        CompletableFuture.supplyAsync(
            () ->
                new ScenarioRunner(
                    CheckTarget.of(input, input.read(source), policyRole, spec.commandLine())),
            CheckCommand::daemon);
    Instant now = Instant.now();
    PrintWriter out = spec.commandLine().getOut();
    Report report = new Report(format, out);
    byte[] content = readBytes();
    // A generated file: each piece is checked on the core that read it, as soon as it is read,
    // while it is still in the cache; its scenarios die young. Nothing is printed until every
    // piece is read and checked: a bad file is then read again the general way, which names the
    // error; an unknown role or a bad template is thrown for the first piece, in the file's order.
    Optional<List<Checked>> fused =
        ScenarioFile.parseGenerated(
            content, piece -> checked(Batches.check(piece, joined(preparing), now)));
    long started = System.nanoTime();
    long checking;
    if (fused.isPresent()) {
      checking = started - reading;
      fused.get().forEach(report::add);
    } else {
      List<Scenario> parsed = ScenarioFile.parse(scenarios.toString(), readText());
      ScenarioRunner runner = joined(preparing);
      // An unknown role stops the check before anything is printed: looked for on every core,
      // and the first one in the file named by a pass in order.
      if (!parsed.parallelStream().allMatch(runner::names)) {
        parsed.forEach(runner::role);
      }
      started = System.nanoTime();
      checking = Batches.run(parsed, runner, now, this::checked, report::add);
    }
    boolean passed = report.end(source.name(), checking / 1_000);
    if (format == CheckReport.Format.text) {
      // Issue 5's goal is about the whole command once the JVM runs, not only the checking.
      long end = System.nanoTime();
      out.printf(
          fused.isPresent()
              ? "timing: read and check %.1f ms, report %.1f ms; %.1f ms in all since main"
                  + " started%n"
              : "timing: read %.1f ms, check and report %.1f ms; %.1f ms in all since main"
                  + " started%n",
          (started - reading) / 1e6,
          (end - started) / 1e6,
          (end - created) / 1e6);
    }
    out.flush();
    return passed || !failOnFailure ? Rehearse.OK : Rehearse.FAILED;
  }

  private boolean failOn() {
    return switch (failOn) {
      case "failure" -> true;
      case "none", "never" -> false;
      default ->
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(), "--fail-on must be failure or none, got '" + failOn + "'");
    };
  }

  /**
   * Some scenarios checked: their lines of the text report, made on the core that checked them so
   * that only the lines live on (as bytes only, for a {@link ByteWriter}: the text is not kept
   * beside them until the end), and how many failed; or (JSON, JUnit XML, written from all of them)
   * their results.
   */
  private record Checked(
      int scenarios, long failed, String text, byte[] encoded, List<ScenarioResult> results) {}

  private Checked checked(List<ScenarioResult> results) {
    if (format != CheckReport.Format.text) {
      return new Checked(results.size(), 0, null, null, results);
    }
    CheckReport.Lines lines = CheckReport.lines(results);
    if (spec.commandLine().getOut() instanceof ByteWriter bytes) {
      byte[] encoded = lines.text().getBytes(bytes.charset());
      return new Checked(results.size(), lines.failed(), null, encoded, List.of());
    }
    return new Checked(results.size(), lines.failed(), lines.text(), null, List.of());
  }

  /** The report: the text written as checked scenarios come in order, the others at the end. */
  private static final class Report {
    private final CheckReport.Format format;
    private final PrintWriter out;
    private final List<ScenarioResult> results = new ArrayList<>();
    private int scenarios;
    private long failed;

    Report(CheckReport.Format format, PrintWriter out) {
      this.format = format;
      this.out = out;
    }

    void add(Checked checked) {
      scenarios += checked.scenarios();
      if (checked.encoded() != null) {
        ((ByteWriter) out).writeEncoded(checked.encoded());
      } else if (checked.text() != null) {
        out.write(checked.text());
      }
      failed += checked.failed();
      results.addAll(checked.results());
    }

    /** Writes the summary (text) or the whole report; whether every scenario passed. */
    boolean end(String template, long micros) {
      if (format == CheckReport.Format.text) {
        CheckReport.summary(out, template, scenarios, failed, micros);
        return failed == 0;
      }
      CheckReport.write(format, out, template, results, micros);
      return results.stream().allMatch(ScenarioResult::passed);
    }
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "rehearse-template");
    thread.setDaemon(true);
    thread.start();
  }

  /** What the task gave, or what it threw, thrown here as it was thrown there. */
  private static <T> T joined(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private byte[] readBytes() {
    try {
      return Files.readAllBytes(scenarios);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** The file as text, for the general way (a file that is not UTF-8 is refused here). */
  private String readText() {
    try {
      return Files.readString(scenarios);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private UserError unreadable(IOException e) {
    return new UserError("cannot read the scenario file " + scenarios + ": " + e.getMessage(), e);
  }
}
