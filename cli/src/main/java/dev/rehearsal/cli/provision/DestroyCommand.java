package dev.rehearsal.cli.provision;

import dev.rehearsal.provisioner.StackResult;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rehearse provision destroy}: delete the stack and everything in it. */
@Command(
    name = "destroy",
    mixinStandardHelpOptions = true,
    description = {
      "Delete the stack and every resource in it, dependents first, each resource's events as"
          + " they happen: DeleteStack for the CloudFormation way; for the direct way, exactly"
          + " what its state record says it made, and then the record.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse provision destroy --stack-name github-oidc",
      "  rehearse provision destroy --stack-name github-oidc --direct"
          + " --endpoint-url http://127.0.0.1:5000",
      "",
      "Exit codes: 0 deleted, 1 a resource could not be deleted, 2 no such stack.",
    })
final class DestroyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TargetOptions target;

  @Mixin ReportOptions report;

  @Override
  public Integer call() {
    return destroy(spec, Optional.empty(), target, report);
  }

  /** Deletes the stack; also {@code rehearse provision [T] --destroy}. */
  static int destroy(
      CommandSpec spec, Optional<String> template, TargetOptions target, ReportOptions report) {
    target.nameStack(template);
    try (Session session = Session.open(target)) {
      StackResult result =
          session.run(p -> p.destroy(target.stackName, new ProgressPrinter(report.progress(spec))));
      return report.result(spec, target, session, Optional.empty(), result);
    }
  }
}
