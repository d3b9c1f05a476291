package dev.rehearsal.runner.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A process to start: its command line, working directory, whole environment (nothing is inherited
 * from this JVM), and what to write to its standard input, if anything (then closed).
 */
public record ProcessSpec(
    List<String> command, Path directory, Map<String, String> environment, Optional<String> stdin) {
  public ProcessSpec {
    command = List.copyOf(command);
    Objects.requireNonNull(directory, "directory");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(stdin, "stdin");
    if (command.isEmpty()) {
      throw new IllegalArgumentException("a process needs a command");
    }
  }

  public static ProcessSpec of(List<String> command, Path directory, Map<String, String> env) {
    return new ProcessSpec(command, directory, env, Optional.empty());
  }

  public ProcessSpec withStdin(String input) {
    return new ProcessSpec(command, directory, environment, Optional.of(input));
  }
}
