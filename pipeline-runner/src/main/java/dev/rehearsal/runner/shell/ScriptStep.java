package dev.rehearsal.runner.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code run:} step, its values already evaluated: the script, its {@code shell:} (or the job's
 * default), and its {@code working-directory:} relative to the workspace (or absolute).
 */
public record ScriptStep(String script, Optional<String> shell, Optional<String> workingDirectory) {
  public ScriptStep {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(shell, "shell");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  public static ScriptStep of(String script) {
    return new ScriptStep(script, Optional.empty(), Optional.empty());
  }

  /**
   * The first line that is not blank, as the log's {@code Run …} title shows it ({@code
   * ScriptHandler.PrintActionDetails}).
   */
  public String title() {
    String trimmed = script.replaceFirst("^[ \\t\\r\\n]+", "");
    int newline = trimmed.indexOf('\n');
    int carriage = trimmed.indexOf('\r');
    int end = newline < 0 ? carriage : carriage < 0 ? newline : Math.min(newline, carriage);
    return end < 0 ? trimmed : trimmed.substring(0, end);
  }

  /** The script's lines as the log lists them under the title (trailing newlines dropped). */
  public List<String> lines() {
    String normalised = script.replace("\r\n", "\n").replaceFirst("\n+$", "");
    return List.of(normalised.split("\n", -1));
  }
}
