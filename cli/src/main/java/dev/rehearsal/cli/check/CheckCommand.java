package dev.rehearsal.cli.check;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.template.StackOptions;
import dev.rehearsal.cli.template.TemplateSource;
import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.scenario.Scenario;
import dev.rehearsal.core.scenario.ScenarioFile;
import dev.rehearsal.core.scenario.ScenarioResult;
import dev.rehearsal.core.scenario.ScenarioRunner;
import dev.rehearsal.core.scenario.StackTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
      "Example:",
      "  rehearse check --template stack.yaml --param GitHubOrg=acme --scenarios scenarios.yaml",
      "  rehearse check --template stack.yaml -p GitHubOrg=acme --scenarios s.yaml --format junit"
          + " > check.xml",
    })
public final class CheckCommand implements Callable<Integer> {
  /**
   * When the command line was built, at the start of {@code main} (picocli creates its subcommands
   * then): the start of the "in all" time the text report ends with.
   */
  private final long created = System.nanoTime();

  @Spec CommandSpec spec;

  @Option(
      names = "--template",
      required = true,
      paramLabel = "T",
      description = "The template: a file, or a git revision REV:PATH (e.g. HEAD~1:stack.yaml)")
  String template;

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
      description = "Output format (default: ${DEFAULT-VALUE})")
  CheckReport.Format format;

  @Mixin StackOptions stack;

  @Override
  public Integer call() {
    long reading = System.nanoTime();
    TemplateSource source = TemplateSource.read(template);
    List<Scenario> parsed = readScenarios();
    ResolvedStack resolved = stack.resolve(source);
    ScenarioRunner runner =
        new ScenarioRunner(StackTarget.of(resolved, stack.account(), stack.region()));
    // An unknown role stops the check before anything is printed.
    parsed.forEach(runner::role);
    Instant now = Instant.now();
    long started = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    boolean passed =
        format == CheckReport.Format.text
            ? text(parsed, runner, now, source.name(), out)
            : whole(parsed, runner, now, source.name(), out);
    if (format == CheckReport.Format.text) {
      // Issue 5's goal is about the whole command once the JVM runs, not only the checking.
      long end = System.nanoTime();
      out.printf(
          "timing: read %.1f ms, check and report %.1f ms; %.1f ms in all since the command"
              + " started%n",
          (started - reading) / 1e6, (end - started) / 1e6, (end - created) / 1e6);
      out.flush();
    }
    return passed ? Rehearse.OK : Rehearse.FAILED;
  }

  /** The text report, written a chunk at a time as the scenarios are checked. */
  private static boolean text(
      List<Scenario> parsed, ScenarioRunner runner, Instant now, String template, PrintWriter out) {
    long[] failed = {0};
    long nanos =
        Batches.run(
            parsed,
            runner,
            now,
            CheckReport::lines,
            lines -> {
              out.write(lines.text());
              failed[0] += lines.failed();
            });
    CheckReport.summary(out, template, parsed.size(), failed[0], nanos / 1_000);
    out.flush();
    return failed[0] == 0;
  }

  /** JSON and JUnit XML: written from every result once all are known. */
  private boolean whole(
      List<Scenario> parsed, ScenarioRunner runner, Instant now, String template, PrintWriter out) {
    List<ScenarioResult> results = new ArrayList<>(parsed.size());
    long nanos = Batches.run(parsed, runner, now, chunk -> chunk, results::addAll);
    CheckReport.write(format, out, template, results, nanos / 1_000);
    return results.stream().allMatch(ScenarioResult::passed);
  }

  private List<Scenario> readScenarios() {
    try {
      // A generated file is read from its bytes; any other file as text, as ever.
      Optional<List<Scenario>> generated =
          ScenarioFile.parseGenerated(Files.readAllBytes(scenarios));
      return generated.isPresent()
          ? generated.get()
          : ScenarioFile.parse(scenarios.toString(), Files.readString(scenarios));
    } catch (IOException e) {
      throw new UserError("cannot read the scenario file " + scenarios + ": " + e.getMessage(), e);
    }
  }
}
