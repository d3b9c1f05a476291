package dev.rehearsal.cli.demo;

import dev.rehearsal.cli.Rehearse;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rehearse demo}: the seed flow end to end, once it exists (the README's second set-up
 * command). Until then a known command that says so and what to run instead, exit 2: nothing ran.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "The seed flow end to end, ECR and docker push included: not built yet. It says so, and"
          + " what to run instead today, and exits 2.",
    },
    footer = {
      "",
      "Example, until the demo exists (README.md, Set-up):",
      "  rehearse up   # first shell, until Ctrl-C",
      "  rehearse token --repo acme/test-service --ref main --audience sts.amazonaws.com"
          + "   # second shell, then the README's aws steps",
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "rehearse: 'rehearse demo' (the seed flow end to end) is not built yet; nothing ran.");
    err.println(
        "Today, by hand (README.md, Set-up): 'rehearse up' in one shell, then the README's"
            + " commands in a second shell (aws iam ..., rehearse token ..., aws sts ...).");
    err.flush();
    return Rehearse.USAGE;
  }
}
