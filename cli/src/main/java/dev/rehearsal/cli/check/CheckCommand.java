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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
  private static final int PARALLEL_FROM = 256;

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
    TemplateSource source = TemplateSource.read(template);
    List<Scenario> parsed = ScenarioFile.parse(scenarios.toString(), readScenarios());
    ResolvedStack resolved = stack.resolve(source);
    ScenarioRunner runner =
        new ScenarioRunner(StackTarget.of(resolved, stack.account(), stack.region()));
    Instant now = Instant.now();
    long started = System.nanoTime();
    // Scenarios are independent and the runner is thread-safe: use every core on large files.
    List<ScenarioResult> results =
        (parsed.size() > PARALLEL_FROM ? parsed.parallelStream() : parsed.stream())
            .map(scenario -> runner.run(scenario, now))
            .toList();
    long micros = (System.nanoTime() - started) / 1_000;
    CheckReport.write(format, spec.commandLine().getOut(), source.name(), results, micros);
    return results.stream().allMatch(ScenarioResult::passed) ? Rehearse.OK : Rehearse.FAILED;
  }

  private String readScenarios() {
    try {
      return Files.readString(scenarios);
    } catch (IOException e) {
      throw new UserError("cannot read the scenario file " + scenarios + ": " + e.getMessage(), e);
    }
  }
}
