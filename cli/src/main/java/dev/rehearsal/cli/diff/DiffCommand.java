package dev.rehearsal.cli.diff;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.report.ExitCodes;
import dev.rehearsal.cli.template.Input;
import dev.rehearsal.cli.template.InputOptions;
import dev.rehearsal.cli.template.Inputs;
import dev.rehearsal.cli.template.StackOptions;
import dev.rehearsal.cli.template.TemplateSource;
import dev.rehearsal.core.access.StackDiff;
import dev.rehearsal.core.cloudformation.ResolvedStack;
import dev.rehearsal.core.cloudformation.symbol.Unresolved;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rehearse diff}: who gains and who loses access between two versions of a template. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two versions of a template's access: who gains or loses the right to assume each"
          + " role, and which actions on which resources its sessions gain or lose, each with a"
          + " concrete request as witness. Computed exactly over the policies' patterns (their"
          + " languages are regular), not by sampling; what cannot be decided exactly is said.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse diff HEAD~1:stack.yaml stack.yaml -p GitHubOrg=acme",
      "  rehearse diff main:infra/oidc.yaml HEAD:infra/oidc.yaml --fail-on widen",
      "  rehearse diff old-plan.json plan.json                          # terraform show -json",
      "",
      "OLD and NEW are CloudFormation templates or Terraform plans; parameters without values"
          + " are compared as symbols (the same unknown value on both sides).",
      "",
      ExitCodes.DIFF,
    })
public final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The old version: " + InputOptions.DESCRIPTION)
  String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version, as OLD")
  String after;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE}); json is described in docs/ci.md")
  DiffReport.Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "never",
      paramLabel = "widen|change|none",
      description =
          "Exit 1 when access widens (someone or something gains), on any change, or never"
              + " (none; default: ${DEFAULT-VALUE})")
  FailOn failOn;

  @Mixin StackOptions stack;

  enum FailOn {
    widen,
    change,
    none,
    never
  }

  @Override
  public Integer call() {
    Input.Stack old = stack(before);
    Input.Stack now = stack(after);
    ResolvedStack oldStack = stack.resolve(old);
    ResolvedStack newStack = stack.resolve(now);
    StackDiff diff = StackDiff.between(oldStack, newStack, stack.account(now), stack.region());
    List<String> notes = new ArrayList<>();
    now.plan().ifPresent(plan -> notes.addAll(plan.unread()));
    Stream.concat(oldStack.unresolved().stream(), newStack.unresolved().stream())
        .map(Unresolved::reason)
        .distinct()
        .forEach(notes::add);
    DiffReport.write(
        format,
        spec.commandLine().getOut(),
        new DiffReport.Sides(old.source().name(), now.source().name(), now::name, notes),
        diff);
    boolean fail =
        switch (failOn) {
          case widen -> diff.widens();
          case change -> diff.changed();
          case none, never -> false;
        };
    return fail ? Rehearse.FAILED : Rehearse.OK;
  }

  private Input.Stack stack(String argument) {
    Input input = Inputs.read(TemplateSource.read(argument), null);
    if (input instanceof Input.Stack stack) {
      return stack;
    }
    throw new UserError(argument + " is a bare policy: diff compares templates or Terraform plans");
  }
}
