package dev.rehearsal.cli;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help, with text broken only at spaces. picocli wraps with {@link
 * java.text.BreakIterator}'s line rules, which also break after '.', ':' and '/' — inside values a
 * reader copies ({@code sts.amazonaws.com}, {@code repo:OWNER/REPO:...}). Here the description and
 * the footer are wrapped at spaces, their indented lines (examples, commands) are never wrapped,
 * and option descriptions are laid out a line per row, each short enough that picocli keeps it
 * whole.
 */
final class WholeTokenHelp extends Help {
  WholeTokenHelp(CommandSpec spec, ColorScheme colorScheme) {
    super(spec, colorScheme);
  }

  @Override
  public String description(Object... params) {
    return wrap(commandSpec().usageMessage().description(), params);
  }

  @Override
  public String footer(Object... params) {
    return wrap(commandSpec().usageMessage().footer(), params);
  }

  @Override
  public Layout createDefaultLayout(
      List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
    Layout layout = super.createDefaultLayout(options, positionals, scheme);
    return new Layout(
        scheme, layout.textTable(), layout.optionRenderer(), layout.parameterRenderer()) {
      @Override
      public void layout(ArgSpec argSpec, Text[][] cellValues) {
        super.layout(argSpec, rewrapped(table, colorScheme, cellValues));
      }
    };
  }

  /**
   * The rows with their last cell (the description) cut at spaces into lines that fit its column:
   * the first on the row itself, the others on rows of their own, indented as picocli indents a
   * wrapped line.
   */
  private static Text[][] rewrapped(TextTable table, ColorScheme scheme, Text[][] rows) {
    Help.Column column = table.columns()[table.columns().length - 1];
    int first = column.width - column.indent;
    int indent = table.indentWrappedLines;
    List<Text[]> result = new ArrayList<>();
    for (Text[] row : rows) {
      int last = row.length - 1;
      if (last < 0 || row[last] == null || row[last].plainString().length() <= first) {
        result.add(row);
        continue;
      }
      List<String> lines = wrapAtSpaces(row[last].plainString(), first, first - indent);
      Text[] head = row.clone();
      head[last] = scheme.text(lines.get(0));
      result.add(head);
      for (String line : lines.subList(1, lines.size())) {
        Text[] more = new Text[row.length];
        for (int i = 0; i < last; i++) {
          more[i] = scheme.text("");
        }
        more[last] = scheme.text(" ".repeat(indent) + line);
        result.add(more);
      }
    }
    return result.toArray(new Text[0][]);
  }

  /** Each value formatted as picocli formats it, then wrapped at spaces to the usage width. */
  private String wrap(String[] values, Object... params) {
    int width = commandSpec().usageMessage().width();
    StringBuilder text = new StringBuilder();
    for (String value : values) {
      String formatted;
      try {
        formatted = String.format(value, params); // as picocli does: %n is a line break
      } catch (IllegalFormatException e) {
        formatted = value;
      }
      for (String line : formatted.split("\n", -1)) {
        // An indented line is an example or a command: kept whole whatever its length.
        List<String> lines =
            line.startsWith(" ") || line.length() <= width
                ? List.of(line)
                : wrapAtSpaces(line, width, width);
        for (String out : lines) {
          text.append(out.stripTrailing()).append(System.lineSeparator());
        }
      }
    }
    return text.toString();
  }

  /** The words of {@code text}, an option and the value after it as one: "--param KEY=VALUE". */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    String[] split = text.strip().split(" +");
    for (int i = 0; i < split.length; i++) {
      String word = split[i];
      if (OPTION.matcher(word).matches() && i + 1 < split.length && !split[i + 1].startsWith("-")) {
        word = word + " " + split[++i];
      }
      words.add(word);
    }
    return words;
  }

  private static final Pattern OPTION = Pattern.compile("--?[A-Za-z][A-Za-z0-9-]*");

  /**
   * {@code text} in lines of at most {@code first} characters, then {@code others}, broken at
   * spaces only: a word longer than a line has a line of its own, whole.
   */
  static List<String> wrapAtSpaces(String text, int first, int others) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words(text)) {
      int limit = lines.isEmpty() ? first : others;
      if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
