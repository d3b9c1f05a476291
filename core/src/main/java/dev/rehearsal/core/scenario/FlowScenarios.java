package dev.rehearsal.core.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Reads a generated scenario file of the usual shape straight into scenarios, on every core: an
 * optional {@code defaults: {...}} line, {@code scenarios:}, then one flow item per line (what
 * {@code benchmarks/check-100k.sh} and matrix generators write). The header may also have empty
 * lines and {@code #} comment lines. {@link ScenarioLines} reads the items; anything else, or any
 * invalid value, makes this give up (empty), and {@link ScenarioFile} reads the file the general
 * way, which names the error with its line.
 *
 * <p>The text is bytes: ASCII, as from {@code String.getBytes(ISO_8859_1)} (where a character
 * outside Latin-1 becomes {@code ?}, which no word or comment here may hold) or a file's own bytes.
 * A byte of 0x80 or more is never read as part of a word or comment, so it makes this give up.
 */
final class FlowScenarios {
  /** Items of less than this many bytes are read on one core (a task costs more than they do). */
  private static final int MIN_PIECE = 128 * 1024;

  private final byte[] text;

  private FlowScenarios(byte[] text) {
    this.text = text;
  }

  /**
   * The scenarios of {@code text}, its items read in up to {@code pieces} pieces at once; empty
   * when it is not of the usual shape or not valid.
   */
  static Optional<List<Scenario>> read(byte[] text, int pieces) {
    return read(text, pieces, MIN_PIECE);
  }

  /** As {@link #read(byte[], int)}, with pieces of at least {@code minPiece} bytes. */
  static Optional<List<Scenario>> read(byte[] text, int pieces, int minPiece) {
    return read(text, pieces, minPiece, piece -> piece)
        .map(
            read -> {
              List<Scenario> scenarios = new ArrayList<>();
              read.forEach(scenarios::addAll);
              return scenarios;
            });
  }

  /** As {@link #read(byte[], int, int, Function)}, with the usual least size of a piece. */
  static <T> Optional<List<T>> read(byte[] text, int pieces, Function<List<Scenario>, T> work) {
    return read(text, pieces, MIN_PIECE, work);
  }

  /**
   * As {@link #read(byte[], int, int)}, handing each piece's scenarios to {@code work} on the core
   * that read them, as soon as they are read: what {@code work} gives for each piece, in the file's
   * order. When the file is not of the usual shape or not valid, empty, and nothing {@code work}
   * gave counts (it may have run for some pieces: it must have no effect but its result). When
   * every piece was read and {@code work} threw for some, the first such piece's exception is
   * thrown, as a pass over the pieces in order would have thrown it.
   */
  static <T> Optional<List<T>> read(
      byte[] text, int pieces, int minPiece, Function<List<Scenario>, T> work) {
    return Optional.ofNullable(new FlowScenarios(text).scenarios(pieces, minPiece, work));
  }

  private <T> List<T> scenarios(int pieces, int minPiece, Function<List<Scenario>, T> work) {
    ScenarioLines header = new ScenarioLines(text);
    ScenarioFile.Defaults defaults =
        new ScenarioFile.Defaults(Optional.empty(), ScenarioFile.DEFAULT_AUDIENCE, Duration.ZERO);
    boolean hasDefaults = false;
    int at = 0;
    int line = 0;
    while (!ScenarioLines.startsWith(text, at, text.length, "scenarios:")) {
      int end = lineEnd(at);
      if (!hasDefaults && ScenarioLines.startsWith(text, at, text.length, "defaults: ")) {
        defaults = header.defaults(ScenarioLines.skipSpaces(text, at + 10, end), end);
        hasDefaults = true;
        if (defaults == null) {
          return null;
        }
      } else if (!(at == end || (text[at] == '#' && comment(at + 1, end)))) {
        return null;
      }
      if (end == text.length) {
        return null;
      }
      at = end + 1;
      line++;
    }
    int end = lineEnd(at);
    if (ScenarioLines.skipSpaces(text, at + 10, end) != end || end == text.length) {
      return null;
    }
    return items(
        end + 1,
        line + 1,
        defaults,
        Math.max(1, Math.min(pieces, (text.length - end) / minPiece)),
        work);
  }

  /** The items from {@code from} (line {@code line}) to the end, in pieces cut at line starts. */
  private <T> List<T> items(
      int from,
      int line,
      ScenarioFile.Defaults defaults,
      int count,
      Function<List<Scenario>, T> work) {
    int first = from;
    while (first < text.length && (text[first] == ' ' || text[first] == '\n')) {
      first++;
    }
    int indent = first - lineStart(first, from);
    int[] starts = new int[count + 1];
    starts[0] = from;
    starts[count] = text.length;
    for (int piece = 1; piece < count; piece++) {
      int cut = from + (int) ((long) (text.length - from) * piece / count);
      starts[piece] = Math.max(starts[piece - 1], lineEnd(cut) + 1);
      starts[piece] = Math.min(starts[piece], text.length);
    }
    int[] lines = new int[count + 1];
    lines[0] = line;
    int[] breaks =
        IntStream.range(0, count)
            .parallel()
            .map(p -> lineBreaks(starts[p], starts[p + 1]))
            .toArray();
    for (int piece = 0; piece < count; piece++) {
      lines[piece + 1] = lines[piece] + breaks[piece];
    }
    List<Piece<T>> read =
        IntStream.range(0, count)
            .parallel()
            .mapToObj(
                p ->
                    Piece.of(
                        piece(starts[p], starts[p + 1], lines[p], breaks[p], indent, defaults),
                        work))
            .toList();
    int scenarios = 0;
    for (Piece<T> piece : read) {
      if (piece == null) {
        return null;
      }
      scenarios += piece.scenarios();
    }
    if (scenarios == 0) {
      return null;
    }
    List<T> outputs = new ArrayList<>(count);
    for (Piece<T> piece : read) {
      if (piece.failure() != null) {
        throw piece.failure();
      }
      outputs.add(piece.output());
    }
    return outputs;
  }

  /** A piece read: how many scenarios it held, and what work gave for them or threw. */
  private record Piece<T>(int scenarios, T output, RuntimeException failure) {
    /** Null when the piece could not be read (this reader gives up). */
    static <T> Piece<T> of(List<Scenario> scenarios, Function<List<Scenario>, T> work) {
      if (scenarios == null) {
        return null;
      }
      try {
        return new Piece<>(scenarios.size(), work.apply(scenarios), null);
      } catch (RuntimeException failure) {
        return new Piece<>(scenarios.size(), null, failure);
      }
    }
  }

  /** A piece's scenarios, or null: this reader only ever gives up, whatever goes wrong. */
  private List<Scenario> piece(
      int from, int to, int line, int lines, int indent, ScenarioFile.Defaults defaults) {
    try {
      return new ScenarioLines(text).read(from, to, line, lines, indent, defaults);
    } catch (RuntimeException unexpected) {
      return null;
    }
  }

  private int lineStart(int at, int from) {
    while (at > from && text[at - 1] != '\n') {
      at--;
    }
    return at;
  }

  private int lineEnd(int at) {
    while (at < text.length && text[at] != '\n') {
      at++;
    }
    return at;
  }

  private int lineBreaks(int from, int to) {
    int breaks = 0;
    for (int i = from; i < to; i++) {
      if (text[i] == '\n') {
        breaks++;
      }
    }
    return breaks;
  }

  /**
   * A comment's text: printable ASCII but {@code ?} (see the class comment); SnakeYAML refuses
   * control characters anywhere, comments included.
   */
  private boolean comment(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] < ' ' || text[i] > '~' || text[i] == '?') {
        return false;
      }
    }
    return true;
  }
}
