package dev.rehearsal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What {@code --help} shows can be copied whole: an example is one line, and a value (a URL, a ref,
 * {@code --option value}) is never broken across lines, whatever the usage width.
 */
class HelpTextTest {
  private static final int[] WIDTHS = {55, 80, 120, 200};

  static Stream<Arguments> commandsAndWidths() {
    List<String> commands = new ArrayList<>(Rehearse.COMMANDS.keySet());
    commands.add(""); // rehearse --help
    return commands.stream()
        .flatMap(
            command -> java.util.Arrays.stream(WIDTHS).mapToObj(w -> Arguments.of(command, w)));
  }

  @ParameterizedTest(name = "rehearse {0} --help at width {1}")
  @MethodSource("commandsAndWidths")
  void everyExampleLine_isOneWholeLine(String command, int width) {
    List<String> lines = help(command, width).lines().toList();
    CommandSpec spec = spec(command);
    List<String> examples =
        Stream.concat(
                lines(spec.usageMessage().description()).stream(),
                lines(spec.usageMessage().footer()).stream())
            .filter(line -> line.startsWith("  "))
            .toList();

    assertThat(examples).as("rehearse %s --help has examples", command).isNotEmpty();
    for (String example : examples) {
      assertThat(lines).as("rehearse %s --help at %d", command, width).contains(example);
      assertThat(example).as("an example is a command line").contains("rehearse ");
    }
  }

  @ParameterizedTest(name = "rehearse {0} --help at width {1}")
  @MethodSource("commandsAndWidths")
  void everyValueAndOptionValuePair_staysOnOneLine(String command, int width) {
    String help = help(command, width);
    List<String> lines = help.lines().map(line -> line.strip().replaceAll(" +", " ")).toList();
    CommandSpec spec = spec(command);
    List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
    spec.options().stream()
        .filter(o -> !o.hidden())
        .map(OptionSpec::description)
        .forEach(d -> texts.addAll(List.of(d)));
    spec.positionalParameters().stream()
        .map(PositionalParamSpec::description)
        .forEach(d -> texts.addAll(List.of(d)));

    for (String text : texts) {
      for (String unit : units(text)) {
        assertThat(lines)
            .as("'%s' whole on a line of rehearse %s --help at %d:%n%s", unit, command, width, help)
            .anyMatch(line -> line.contains(unit));
      }
    }
  }

  /**
   * The values in a text a reader copies: words with '.', ':', '/', '@', '=' or '$' in them
   * (without the punctuation that ends a sentence), and an option with the value after it.
   */
  private static List<String> units(String text) {
    List<String> units = new ArrayList<>();
    String[] words = text.strip().split(" +");
    for (int i = 0; i < words.length; i++) {
      String word = words[i].replaceAll("^[(']+|[),;.']+$", "");
      if (word.matches("--?[A-Za-z][A-Za-z0-9-]*")
          && i + 1 < words.length
          && !words[i + 1].startsWith("-")) {
        units.add(word + " " + words[i + 1].replaceAll("[),;.]+$", ""));
      } else if (word.matches(".*[.:/@=$].*")) {
        units.add(word);
      }
    }
    return units;
  }

  private static String help(String command, int width) {
    String before = System.getProperty("picocli.usage.width");
    System.setProperty("picocli.usage.width", Integer.toString(width));
    try {
      CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
      assertThat(run.exitCode()).isZero();
      return run.out();
    } finally {
      if (before == null) {
        System.clearProperty("picocli.usage.width");
      } else {
        System.setProperty("picocli.usage.width", before);
      }
    }
  }

  private static CommandSpec spec(String command) {
    Object object = command.isEmpty() ? new Rehearse() : Rehearse.COMMANDS.get(command).get();
    return new CommandLine(object).getCommandSpec();
  }

  /** The lines of a help section as picocli formats them ({@code %n} is a line break). */
  private static List<String> lines(String[] values) {
    List<String> lines = new ArrayList<>();
    for (String value : values) {
      lines.addAll(List.of(String.format(value).split("\n", -1)));
    }
    return lines;
  }
}
