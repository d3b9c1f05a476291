package dev.rehearsal.cli.world;

import dev.rehearsal.cli.Rehearse;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rehearse reset}: a data directory emptied, for a world that starts afresh. */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = {
      "Empty a data directory — the issuer's keys and CA, the IAM, STS, ECR and CloudFormation"
          + " state, the images, the logs — so that the next 'rehearse up' starts afresh, as"
          + " the first one did. Refused while a world runs on it: stop it first"
          + " ('rehearse down'). To reset and start in one go: rehearse up --fresh",
      "",
      "The issuer's CA changes with the reset: export REHEARSAL_CA_FILE (or NODE_EXTRA_CA_CERTS)"
          + " again from the next 'up' or 'job'.",
    },
    footer = {"", "Examples:", "  rehearse reset", "  rehearse reset --data /tmp/rehearsal"})
public final class ResetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DataOption data;

  @Override
  public Integer call() {
    DataDirectory directory = data.directory();
    if (!Files.isDirectory(directory.root())) {
      spec.commandLine()
          .getOut()
          .println("nothing to reset: " + directory.root() + " does not exist");
      return Rehearse.OK;
    }
    World.reset(directory);
    spec.commandLine()
        .getOut()
        .println(
            "reset "
                + directory.root()
                + ": keys, CA, the services' state and logs removed; the next 'rehearse up"
                + UpCommand.dataOption(directory)
                + "' starts afresh");
    return Rehearse.OK;
  }
}
