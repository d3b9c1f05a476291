package dev.rehearsal.runner.command;

import java.util.ArrayList;
import java.util.List;

/**
 * The format of {@code GITHUB_ENV}, {@code GITHUB_OUTPUT} and {@code GITHUB_STATE}, read exactly as
 * actions/runner's {@code EnvFileKeyValuePairs} reads it ({@code src/Runner.Worker/
 * FileCommandManager.cs}): empty lines skipped; {@code NAME=VALUE} (the first {@code =} splits);
 * {@code NAME<<DELIMITER} then lines up to a line equal to the delimiter, joined by their newlines.
 * Whichever of {@code =} and {@code <<} comes first decides the form. A leading UTF-8 byte order
 * mark is dropped, as .NET's {@code File.ReadAllText} drops it. Errors carry the runner's wording.
 */
public final class EnvFile {
  private EnvFile() {}

  /**
   * The entries of {@code text} in order; a later entry of the same name is kept after the first.
   */
  public static List<NameValue> parse(String text) {
    Lines lines = new Lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
    List<NameValue> entries = new ArrayList<>();
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (!line.isEmpty()) {
        entries.add(entry(line, lines));
      }
    }
    return entries;
  }

  private static NameValue entry(String line, Lines lines) {
    int equals = line.indexOf('=');
    int heredoc = line.indexOf("<<");
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      if (equals == 0) {
        // The runner means to refuse this (its check tests the line, not the name, so it never
        // fires); an environment variable without a name cannot be passed to any process.
        throw new FileCommandException("Invalid format '" + line + "'. Name must not be empty");
      }
      return new NameValue(line.substring(0, equals), line.substring(equals + 1));
    }
    if (heredoc >= 0) {
      String name = line.substring(0, heredoc);
      String delimiter = line.substring(heredoc + 2);
      if (name.isEmpty() || delimiter.isEmpty()) {
        throw new FileCommandException(
            "Invalid format '"
                + line
                + "'. Name must not be empty and delimiter must not be empty");
      }
      return new NameValue(name, heredocValue(delimiter, lines));
    }
    throw new FileCommandException("Invalid format '" + line + "'");
  }

  private static String heredocValue(String delimiter, Lines lines) {
    int start = lines.index();
    int end = start;
    String line = lines.next();
    while (!delimiter.equals(line)) {
      if (line == null) {
        throw new FileCommandException(
            "Invalid value. Matching delimiter not found '" + delimiter + "'");
      }
      if (!lines.endedWithNewline()) {
        throw new FileCommandException("Invalid value. EOF marker missing new line.");
      }
      end = lines.index() - 1;
      line = lines.next();
    }
    return end > start ? lines.text().substring(start, end) : "";
  }

  /**
   * Lines ending in {@code \n} (the runner on Linux reads no {@code \r\n} pairs), tracked by index.
   */
  private static final class Lines {
    private final String text;
    private int index;
    private boolean newline;

    Lines(String text) {
      this.text = text;
    }

    String next() {
      if (index >= text.length()) {
        newline = false;
        return null;
      }
      int from = index;
      int lf = text.indexOf('\n', from);
      if (lf < 0) {
        index = text.length();
        newline = false;
        return text.substring(from);
      }
      index = lf + 1;
      newline = true;
      return text.substring(from, lf);
    }

    boolean endedWithNewline() {
      return newline;
    }

    int index() {
      return index;
    }

    String text() {
      return text;
    }
  }
}
