package dev.rehearsal.cli.provision;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.provisioner.StackPreview;
import dev.rehearsal.provisioner.StackResult;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How a provision command reports (a picocli mixin): as text while it runs, or, with {@code
 * --format json}, one document on stdout at the end while the progress goes to stderr.
 */
final class ReportOptions {
  enum Format {
    text,
    json
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "Output format (default: ${DEFAULT-VALUE}); json is one document on stdout at the end,"
              + " the progress going to stderr")
  Format format;

  boolean json() {
    return format == Format.json;
  }

  /** Where the run's progress is printed. */
  PrintWriter progress(CommandSpec spec) {
    return json() ? spec.commandLine().getErr() : spec.commandLine().getOut();
  }

  /** Reports how an apply or a destroy ended; its exit code. */
  int result(
      CommandSpec spec,
      TargetOptions target,
      Session session,
      Optional<StackPreview> preview,
      StackResult result) {
    PrintWriter out = spec.commandLine().getOut();
    if (json()) {
      ProvisionJson.write(out, target, session, preview, Optional.of(result));
    } else {
      ResultText.write(out, result, session.stateFile());
    }
    return result.succeeded() ? Rehearse.OK : Rehearse.FAILED;
  }
}
