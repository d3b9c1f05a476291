package dev.rehearsal.cli.provision;

import dev.rehearsal.provisioner.StackResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The last lines of an apply or a destroy: how it ended, why it failed, the stack's outputs. */
final class ResultText {
  private ResultText() {}

  static void write(PrintWriter out, StackResult result, Optional<Path> stateFile) {
    out.println();
    if (!result.changed()) {
      out.println("stack " + result.stackName() + " is up to date (" + result.status() + ")");
    } else if (result.succeeded()) {
      out.println(result.status() + ": stack " + result.stackName() + " " + done(result.status()));
    } else {
      out.println(result.status() + ": " + failed(result.status()));
    }
    result
        .failure()
        .ifPresent(
            f ->
                out.println(
                    "  "
                        + f.logicalId()
                        + " ("
                        + f.type()
                        + ") "
                        + f.status()
                        + f.reason().map(r -> ": " + r).orElse("")));
    if (!result.outputs().isEmpty()) {
      out.println("outputs:");
      result.outputs().forEach((name, value) -> out.println("  " + name + " = " + value));
    }
    stateFile.ifPresent(file -> out.println("state record: " + file));
    out.flush();
  }

  private static String done(String status) {
    if (status.startsWith("CREATE")) {
      return "created";
    }
    return status.startsWith("DELETE") ? "deleted" : "updated";
  }

  /** What a failed status means, in CloudFormation's terms (User Guide, "Stack status codes"). */
  private static String failed(String status) {
    return switch (status) {
      case "ROLLBACK_COMPLETE" -> "the stack could not be created; what was made was deleted";
      case "UPDATE_ROLLBACK_COMPLETE" ->
          "the update failed; the stack was rolled back to before it";
      case "UPDATE_COMPLETE" -> "the stack was updated, but a resource could not be deleted";
      case "DELETE_FAILED" -> "some resources could not be deleted; they are still there";
      default -> "the stack is in a state that needs attention";
    };
  }
}
