package dev.rehearsal.cli.lint;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.report.ExitCodes;
import dev.rehearsal.cli.template.Input;
import dev.rehearsal.cli.template.InputOptions;
import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.cloudformation.symbol.Unresolved;
import dev.rehearsal.core.error.RehearsalException;
import dev.rehearsal.core.lint.Finding;
import dev.rehearsal.core.lint.PolicyLint;
import dev.rehearsal.core.lint.Severity;
import dev.rehearsal.core.lint.StackLint.LocatedFinding;
import dev.rehearsal.core.lint.TemplateLint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rehearse lint}: the risks of a stack's GitHub OIDC trust and ECR permissions. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Lint the GitHub OIDC trust policies, ECR permission policies and OIDC providers of a"
          + " CloudFormation template, a Terraform plan or a bare policy: each finding has a rule"
          + " id, a severity, the risk and the fix, and where it was written (line and column, or"
          + " Terraform address). Rules: docs/lint-rules.md. Resources of other types are read"
          + " past; parameters without values are symbols, and a finding that depends on one says"
          + " which values would change it.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse lint stack.yaml",
      "  rehearse lint stack.yaml -p GitHubOrg=acme --format sarif > lint.sarif   # code scanning",
      "  rehearse lint plan.json --fail-on warning                     # terraform show -json",
      "  rehearse lint trust-policy.json --policy-type trust",
      "",
      ExitCodes.LINT,
    })
public final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json|sarif|junit",
      description =
          "Output format (default: ${DEFAULT-VALUE}); sarif is SARIF 2.1.0 for code scanning,"
              + " junit is JUnit XML, json is described in docs/ci.md")
  LintReport.Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a finding is at least this severe: error, warning, note, or none"
              + " (default: ${DEFAULT-VALUE})")
  String failOn;

  @Override
  public Integer call() {
    Severity threshold = threshold();
    Input read = input.read();
    LintReport.Result result = lint(read);
    LintReport.write(format, spec.commandLine().getOut(), result, threshold);
    boolean failed =
        threshold != null
            && result.findings().stream().anyMatch(f -> f.finding().severity().atLeast(threshold));
    return failed ? Rehearse.FAILED : Rehearse.OK;
  }

  private LintReport.Result lint(Input read) {
    String name = read.source().name();
    try {
      if (read instanceof Input.Policy policy) {
        String type = policy.type().name().toLowerCase(Locale.ROOT);
        return new LintReport.Result(
            name,
            uri(read),
            PolicyLint.lint(policy.source().stem(), policy.tree(), policy.type()),
            List.of("read as " + (type.equals("identity") ? "an " : "a ") + type + " policy"));
      }
      Input.Stack stack = (Input.Stack) read;
      TemplateLint.Result linted = TemplateLint.lint(stack.template(), input.stack.settings(read));
      List<LocatedFinding> findings = new ArrayList<>();
      for (LocatedFinding finding : linted.findings()) {
        findings.add(named(stack, finding));
      }
      List<String> notes = new ArrayList<>();
      stack.plan().ifPresent(plan -> notes.addAll(plan.unread()));
      linted.unresolved().stream().map(LintCommand::note).distinct().forEach(notes::add);
      return new LintReport.Result(name, uri(read), findings, notes);
    } catch (RehearsalException e) {
      throw new UserError(name + ": " + e.getMessage(), e);
    }
  }

  /** For a plan, the finding named by its Terraform address and placed at it in the plan. */
  private static LocatedFinding named(Input.Stack stack, LocatedFinding finding) {
    if (stack.plan().isEmpty()) {
      return finding;
    }
    Optional<Location> location = stack.planLocation(finding.logicalId());
    String address = stack.name(finding.logicalId());
    Finding original = finding.finding();
    Finding addressed =
        new Finding(
            original.rule(),
            original.message().replace(finding.logicalId(), address),
            address,
            original.policy(),
            original.pointer());
    return new LocatedFinding(addressed, address, location, finding.notes());
  }

  private static String note(Unresolved value) {
    return value.reason();
  }

  private String uri(Input read) {
    return format == LintReport.Format.sarif
        ? read.source().repositoryPath().orElse(read.source().name())
        : read.source().name();
  }

  /** The threshold, or null for {@code none}; checked before any work, as bad usage. */
  private Severity threshold() {
    String level = failOn.toLowerCase(Locale.ROOT);
    if (level.equals("none") || level.equals("never")) {
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
