package dev.rehearsal.cli.explain;

import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.world.DataOption;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rehearse explain}: why the local AWS decided as it did, from its decision log. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Show the decisions the aws-emulator made (STS, IAM, ECR, its registry, SigV4 signatures):"
          + " who asked what, allowed or why not. With a request id (the x-amzn-RequestId an AWS"
          + " client reports, e.g. 'Request ID: …' in an SDK's error), the decision in full: each"
          + " check in AWS's order, the policy statements and conditions with the values of the"
          + " request. AWS itself never says why; the rehearsal does.",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse explain                       # the last 20 decisions, one line each",
      "  rehearse explain 8f0e6c1a-5b7d-4e2a-9c3f-1d2e3f4a5b6c   # one decision in full",
      "  rehearse explain --follow              # each decision as it is made, until Ctrl-C",
      "  rehearse explain --last 5 --format json",
    })
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Parameters(
      arity = "0..1",
      paramLabel = "REQUEST_ID",
      description = "The request whose decision to show in full")
  Optional<String> requestId = Optional.empty();

  @Option(
      names = {"-n", "--last"},
      paramLabel = "N",
      defaultValue = "20",
      description = "How many of the latest decisions to show (default: ${DEFAULT-VALUE})")
  int last;

  @Option(
      names = {"-f", "--follow"},
      description = "After the latest decisions, show each new one as it is made, until Ctrl-C")
  boolean follow;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "text (default), or json: the log's own records, one JSON object per line")
  Format format;

  /** How decisions are written. */
  enum Format {
    text,
    json
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    DecisionFiles files = DecisionFiles.of(data.directory());
    if (requestId.isPresent()) {
      return one(out, files, requestId.get());
    }
    List<RecordedDecision> all = files.all();
    for (RecordedDecision decision : all.subList(Math.max(0, all.size() - last), all.size())) {
      print(out, decision);
    }
    if (all.isEmpty() && !follow && format == Format.text) {
      out.println(
          "no decisions recorded in "
              + files.current()
              + " (start the world with 'rehearse up', then call it)");
    }
    out.flush();
    if (follow) {
      DecisionTail.start(files.current(), false, decision -> print(out, decision)).join();
    }
    return Rehearse.OK;
  }

  private int one(PrintWriter out, DecisionFiles files, String id) {
    Optional<RecordedDecision> found =
        files.all().stream().filter(d -> d.requestId().equalsIgnoreCase(id.strip())).findFirst();
    if (found.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "rehearse: no decision with request id "
                  + id
                  + " in "
                  + files.current()
                  + " or the files it was rotated to; 'rehearse explain' lists the latest");
      return Rehearse.FAILED;
    }
    if (format == Format.json) {
      out.println(found.get().json());
    } else {
      DecisionText.full(out, found.get());
    }
    out.flush();
    return Rehearse.OK;
  }

  private synchronized void print(PrintWriter out, RecordedDecision decision) {
    out.println(format == Format.json ? decision.json() : DecisionText.line(decision));
    out.flush();
  }
}
