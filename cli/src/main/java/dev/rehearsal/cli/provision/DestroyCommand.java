package dev.rehearsal.cli.provision;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.provisioner.StackResult;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "Output format (default: ${DEFAULT-VALUE}); with json the progress goes to stderr and"
              + " one document to stdout at the end")
  Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter progress = format == Format.json ? spec.commandLine().getErr() : out;
    try (Session session = Session.open(target)) {
      StackResult result =
          session.run(p -> p.destroy(target.stackName, new ProgressPrinter(progress)));
      if (format == Format.json) {
        ProvisionJson.write(out, target, session, Optional.empty(), Optional.of(result));
      } else {
        ResultText.write(out, result, session.stateFile());
      }
      return result.succeeded() ? Rehearse.OK : Rehearse.FAILED;
    }
  }
}
