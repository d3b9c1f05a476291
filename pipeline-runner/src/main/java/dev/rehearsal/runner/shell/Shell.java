package dev.rehearsal.runner.shell;

import dev.rehearsal.runner.RunnerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shell of a {@code run:} step, chosen as actions/runner's {@code ScriptHandler} chooses it on
 * Linux ({@code src/Runner.Worker/Handlers/ScriptHandler.cs}, {@code ScriptHandlerHelpers.cs}): no
 * shell given is {@code bash -e {0}} (or {@code sh -e {0}} without bash); {@code bash} is {@code
 * bash --noprofile --norc -e -o pipefail {0}}, {@code sh} is {@code sh -e {0}}, {@code python} is
 * {@code python {0}}; anything else is {@code COMMAND [ARGS]} whose arguments must contain {@code
 * {0}}, the script's path.
 *
 * @param name the shell as the step names it ({@code bash}, {@code python}, {@code perl})
 * @param executable where it was found on {@code PATH}
 * @param argumentFormat its arguments with {@code {0}} for the script
 * @param extension the script file's extension ({@code .sh}, {@code .py}, or none)
 */
public record Shell(String name, Path executable, String argumentFormat, String extension) {
  private static final Map<String, String> ARGUMENTS =
      Map.of(
          "bash", "--noprofile --norc -e -o pipefail {0}",
          "sh", "-e {0}",
          "python", "{0}",
          "pwsh", "-command \". '{0}'\"",
          "powershell", "-command \". '{0}'\"");
  private static final Map<String, String> EXTENSIONS =
      Map.of("bash", ".sh", "sh", ".sh", "python", ".py", "pwsh", ".ps1", "powershell", ".ps1");

  /**
   * The shell for {@code option} (the step's {@code shell:}, or the job's default), looked up on
   * {@code pathVariable}; fails with the runner's messages for a shell not found or a format
   * without {@code {0}}.
   */
  public static Shell resolve(Optional<String> option, String pathVariable) {
    String chosen = option.map(String::strip).orElse("");
    if (chosen.isEmpty()) {
      Path executable =
          which("bash", pathVariable)
              .or(() -> which("sh", pathVariable))
              .orElseThrow(() -> new RunnerException("sh: command not found"));
      return new Shell("sh", executable, ARGUMENTS.get("sh"), EXTENSIONS.get("sh"));
    }
    int space = chosen.indexOf(' ');
    String command = space < 0 ? chosen : chosen.substring(0, space);
    String arguments = space < 0 ? "" : chosen.substring(space + 1).stripLeading();
    if (arguments.isEmpty()) {
      arguments = ARGUMENTS.getOrDefault(command, "");
    }
    if (!arguments.contains("{0}")) {
      throw new RunnerException(
          "Invalid shell option. Shell must be a valid built-in (bash, sh, cmd, powershell, pwsh)"
              + " or a format string containing '{0}'");
    }
    Path executable =
        which(command, pathVariable)
            .orElseThrow(() -> new RunnerException(command + ": command not found"));
    return new Shell(command, executable, arguments, EXTENSIONS.getOrDefault(command, ""));
  }

  /** As the log's {@code shell:} line shows it: {@code /usr/bin/bash -e {0}}. */
  public String display() {
    return executable + " " + argumentFormat;
  }

  /** The command line for {@code script}: the format's words, {@code {0}} replaced by its path. */
  public List<String> command(Path script) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    for (String word : words(argumentFormat)) {
      command.add(word.replace("{0}", script.toString()));
    }
    return command;
  }

  /**
   * The arguments as .NET splits {@code ProcessStartInfo.Arguments} on Linux: words separated by
   * white space, double quotes group (and are removed), a backslash escapes a quote.
   */
  static List<String> words(String arguments) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      if (c == '\\' && i + 1 < arguments.length() && arguments.charAt(i + 1) == '"') {
        word.append('"');
        inWord = true;
        i++;
      } else if (c == '"') {
        quoted = !quoted;
        inWord = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** {@code command} if it is a path to a file, else the first {@code PATH} entry that holds it. */
  public static Optional<Path> which(String command, String pathVariable) {
    if (command.contains("/")) {
      Path path = Path.of(command);
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
    for (String folder : pathVariable.split(":")) {
      if (folder.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(folder).resolve(command);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
