package dev.rehearsal.cli.lint;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.template.StackOptions;
import dev.rehearsal.cli.template.TemplateSource;
import dev.rehearsal.core.lint.Severity;
import dev.rehearsal.core.lint.StackLint;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rehearse lint}: the risks of a template's GitHub OIDC trust and ECR permissions. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Lint a CloudFormation template's GitHub OIDC trust policies, ECR permission policies and"
          + " OIDC providers: each finding has a rule id, a severity, the risk and the fix, and the"
          + " template line and column. Rules: docs/lint-rules.md.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse lint stack.yaml -p GitHubOrg=acme",
      "  rehearse lint stack.yaml -p GitHubOrg=acme --format sarif > lint.sarif   # code scanning",
      "  rehearse lint stack.yaml -p GitHubOrg=acme --fail-on warning",
    })
public final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "T",
      description = "The template: a file, or a git revision REV:PATH (e.g. HEAD~1:stack.yaml)")
  String template;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|sarif",
      description = "Output format (default: ${DEFAULT-VALUE}); sarif is SARIF 2.1.0")
  LintReport.Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding is at least this severe: error, warning, note, or none"
              + " (default: ${DEFAULT-VALUE})")
  String failOn;

  @Mixin StackOptions stack;

  @Override
  public Integer call() {
    Severity threshold = threshold();
    TemplateSource source = TemplateSource.read(template);
    List<StackLint.LocatedFinding> findings = StackLint.lint(stack.resolve(source));
    LintReport.write(format, spec.commandLine().getOut(), source.name(), findings);
    boolean failed =
        threshold != null
            && findings.stream().anyMatch(f -> f.finding().severity().atLeast(threshold));
    return failed ? Rehearse.FAILED : Rehearse.OK;
  }

  /** The threshold, or null for {@code none}; checked before any work, as bad usage. */
  private Severity threshold() {
    String level = failOn.toLowerCase(Locale.ROOT);
    if (level.equals("none")) {
      return null;
    }
    for (Severity severity : Severity.values()) {
      if (severity.sarifLevel().equals(level)) {
        return severity;
      }
    }
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "--fail-on must be error, warning, note or none, got '" + failOn + "'");
  }
}
