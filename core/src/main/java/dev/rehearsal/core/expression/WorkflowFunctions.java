package dev.rehearsal.core.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The functions only a workflow's runner can answer: the status check functions, which read the job
 * status, and {@code hashFiles}, which reads the workspace (the runner's {@code
 * Runner.Worker.Expressions}).
 */
final class WorkflowFunctions {
  private static final String FOLLOW_SYMBOLIC_LINKS = "--follow-symbolic-links";

  private WorkflowFunctions() {}

  static Value call(String name, Functions.Arguments arguments, Contexts contexts) {
    switch (IgnoreCase.fold(name)) {
      case "ALWAYS":
        return Value.TRUE;
      case "SUCCESS":
        return Value.of(contexts.jobStatus() == JobStatus.SUCCESS);
      case "FAILURE":
        return Value.of(contexts.jobStatus() == JobStatus.FAILURE);
      case "CANCELLED":
        return Value.of(contexts.jobStatus() == JobStatus.CANCELLED);
      default:
        return hashFiles(arguments, contexts);
    }
  }

  /**
   * Each argument is a pattern cast to a string; a first argument starting with {@code --} must be
   * {@code --follow-symbolic-links} (the runner's {@code HashFilesFunction}, whose refusal reads as
   * .NET words an {@code ArgumentOutOfRangeException} named after the message).
   */
  private static Value hashFiles(Functions.Arguments arguments, Contexts contexts) {
    boolean follow = false;
    List<String> patterns = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i).asString();
      if (i == 0 && argument.startsWith("--")) {
        if (!IgnoreCase.equals(argument, FOLLOW_SYMBOLIC_LINKS)) {
          throw new ExpressionException(
              "Specified argument was out of the range of valid values. (Parameter 'Invalid glob"
                  + " option "
                  + argument
                  + ", avaliable option: '"
                  + FOLLOW_SYMBOLIC_LINKS
                  + "'.')");
        }
        follow = true;
        continue;
      }
      patterns.add(argument);
    }
    HashFiles hashFiles =
        contexts
            .hashFiles()
            .orElseThrow(
                () ->
                    new ExpressionException(
                        "hashFiles('"
                            + patterns.stream()
                                .map(pattern -> pattern.replace("'", "''"))
                                .collect(Collectors.joining(", "))
                            + "') cannot run here: no workspace was given to hash files in"));
    String hash = hashFiles.hash(List.copyOf(patterns), follow);
    return Value.of(Objects.requireNonNull(hash, "HashFiles.hash returned null"));
  }
}
