package dev.rehearsal.cli.diff;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.template.StackOptions;
import dev.rehearsal.cli.template.TemplateSource;
import dev.rehearsal.core.access.StackDiff;
import java.util.concurrent.Callable;
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
      "  rehearse diff main:infra/oidc.yaml infra/oidc.yaml -p GitHubOrg=acme --fail-on widen",
    })
public final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old template: file or REV:PATH")
  String before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new template: file or REV:PATH")
  String after;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE})")
  DiffReport.Format format;

  @Option(
      names = "--fail-on",
      defaultValue = "never",
      paramLabel = "widen|change|never",
      description =
          "Exit 1 when access widens (someone or something gains), on any change, or never"
              + " (default: ${DEFAULT-VALUE})")
  FailOn failOn;

  @Mixin StackOptions stack;

  enum FailOn {
    widen,
    change,
    never
  }

  @Override
  public Integer call() {
    TemplateSource old = TemplateSource.read(before);
    TemplateSource now = TemplateSource.read(after);
    StackDiff diff =
        StackDiff.between(stack.resolve(old), stack.resolve(now), stack.account(), stack.region());
    DiffReport.write(format, spec.commandLine().getOut(), old.name(), now.name(), diff);
    boolean fail =
        switch (failOn) {
          case widen -> diff.widens();
          case change -> diff.changed();
          case never -> false;
        };
    return fail ? Rehearse.FAILED : Rehearse.OK;
  }
}
