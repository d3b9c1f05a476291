package dev.rehearsal.cli.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.Rehearse;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.run.Folders;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.Installation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rehearse demo}: the seed article's whole flow on this machine, in seconds, every decision
 * explained — the first command a newcomer runs.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "The seed article's flow end to end, in a fresh temporary data directory: start the"
          + " emulators; deploy the seed stack (examples/seed/stack.yaml, GitHubOrg=acme) through"
          + " CloudFormation change sets, first as the article's command does (refused: no"
          + " CAPABILITY_NAMED_IAM), then with the capability; create the ECR repository"
          + " test-service the stack lacks; run the seed workflow (examples/seed/deploy.yml),"
          + " unchanged, as a push to main of acme/test-service, which assumes the role with its"
          + " OIDC token and pushes an image; pull the image back and check its digest. Then the"
          + " 'what if's: the same workflow from another organisation, from a pull request, and"
          + " without 'id-token: write', each with the reason.",
      "",
      "Without a Docker engine the workflow's docker commands run through rehearse's daemonless"
          + " stand-in, images built and pushed by Jib core, and the transcript says so; the same"
          + " even with an engine: --daemonless",
    },
    footer = {
      "",
      "Examples:",
      "  rehearse demo",
      "  rehearse demo --format json > demo.json",
      "  rehearse demo --keep   # then: rehearse up --data DIR, to look around",
      "",
      "Exit codes: 0 everything behaved as the policies say it should, 1 something did not,"
          + " 2 the demo could not run.",
    })
public final class DemoCommand implements Callable<Integer> {
  private final long created = Rehearse.started(System.nanoTime());

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "text|json",
      description =
          "text: the transcript; json: the transcript on stderr and, on stdout, one document with"
              + " each phase (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--keep",
      description = "Keep the temporary data directory (the emulators' state and logs) afterwards")
  boolean keep;

  @Option(
      names = "--daemonless",
      description =
          "Build and push without the Docker engine even when one answers (Jib core, as when"
              + " none does)")
  boolean daemonless;

  enum Format {
    text,
    json
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter progress = format == Format.json ? spec.commandLine().getErr() : out;
    Installation installation = Installation.locate();
    Path root = temporaryFolder();
    Transcript transcript = new Transcript(progress, Demo.PHASES);
    boolean asExpected = false;
    try {
      progress.println("rehearse demo: the seed article's flow, end to end, on this machine");
      progress.println(
          "  a GitHub Actions job -> its OIDC token -> IAM's OIDC provider and the role's trust"
              + " policy -> STS -> ECR -> docker push");
      progress.println(
          "  data: "
              + root
              + (keep ? " (kept: --keep)" : " (removed at the end; --keep keeps it)"));
      asExpected = new Demo(transcript, installation, new DataDirectory(root), daemonless).run();
    } finally {
      long total = (System.nanoTime() - created) / 1_000_000;
      transcript.summary(total);
      if (keep) {
        progress.println("kept " + root + ": 'rehearse up --data " + root + "' starts it again");
      } else {
        Folders.delete(root);
      }
      progress.flush();
      if (format == Format.json) {
        out.println(document(transcript, root, total, asExpected).toPrettyString());
        out.flush();
      }
    }
    return asExpected ? Rehearse.OK : Rehearse.FAILED;
  }

  private ObjectNode document(Transcript transcript, Path root, long total, boolean asExpected) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("demo", "seed");
    json.put("asExpected", asExpected);
    json.put("millis", total);
    json.put("data", root.toString());
    json.put("kept", keep);
    json.setAll(transcript.json());
    return json;
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("rehearse-demo-");
    } catch (IOException e) {
      throw new UserError("cannot create a temporary data directory: " + e.getMessage(), e);
    }
  }
}
