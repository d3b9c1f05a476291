package dev.rehearsal.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a large scenario file of the usual shape (a root mapping whose {@code scenarios:} block list
 * runs to the end of the file) into smaller scenario files, at item boundaries, so that they can be
 * parsed on several cores. Each piece is the file's header (everything before the first item: the
 * defaults and the {@code scenarios:} key), then as many empty lines as the items skipped, then its
 * items: a file of its own with the same defaults, whose scenarios carry their lines in the whole
 * file.
 *
 * <p>A cut is only a guess at where an item starts: the caller parses every piece strictly,
 * compares the scenarios each gives with the items it was cut with, and falls back to parsing the
 * whole file when anything differs or fails. A wrong cut cannot go unnoticed: the pieces before it
 * are prefixes of the file cut inside a quoted scalar or flow collection, which do not parse, or
 * inside an item, which then gives a different number of scenarios. Anchors (which a later piece
 * could not see) and line breaks other than {@code \n} (which would shift the lines) make no pieces
 * at all.
 */
final class ScenarioChunks {
  private static final Pattern SCENARIOS_KEY =
      Pattern.compile("^scenarios:[ ]*(#.*)?$", Pattern.MULTILINE);

  /**
   * A piece: the file's header, its items (lines of the list, indented by {@code indent}, the first
   * of them line {@code firstLine} of the file, counting from 0) and how many there are.
   */
  record Chunk(String header, int firstLine, int indent, String items, int count) {
    /** The piece as a scenario file of its own, its items on their lines of the whole file. */
    String yaml() {
      int padding = firstLine - lineCount(header);
      return new StringBuilder(header.length() + padding + items.length())
          .append(header)
          .append("\n".repeat(padding))
          .append(items)
          .toString();
    }
  }

  private ScenarioChunks() {}

  /**
   * At most {@code parts} pieces of at least {@code minItems} items each; none (an empty list) when
   * the file is not of the usual shape or too small to be worth cutting.
   */
  static List<Chunk> split(String yaml, int parts, int minItems) {
    if (parts < 2 || hasAnchorsOrOtherLineBreaks(yaml)) {
      return List.of();
    }
    Matcher key = SCENARIOS_KEY.matcher(yaml);
    if (!key.find()) {
      return List.of();
    }
    List<Integer> starts = itemStarts(yaml, key.end());
    int pieces = Math.min(parts, starts.size() / Math.max(1, minItems));
    if (pieces < 2) {
      return List.of();
    }
    String header = yaml.substring(0, starts.get(0));
    int indent = indent(yaml, starts.get(0));
    List<Chunk> chunks = new ArrayList<>();
    int line = lineCount(header);
    for (int piece = 0; piece < pieces; piece++) {
      int first = (int) ((long) starts.size() * piece / pieces);
      int last = (int) ((long) starts.size() * (piece + 1) / pieces);
      int from = starts.get(first);
      int to = last < starts.size() ? starts.get(last) : yaml.length();
      String items = yaml.substring(from, to);
      chunks.add(new Chunk(header, line, indent, items, last - first));
      line += lineCount(items);
    }
    return chunks;
  }

  private static int indent(String yaml, int lineStart) {
    int spaces = 0;
    while (yaml.charAt(lineStart + spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  private static boolean hasAnchorsOrOtherLineBreaks(String yaml) {
    // SnakeYAML (YAML 1.1) also breaks lines at \r, NEL, LS and PS.
    for (char c : new char[] {'&', '\r', '\u0085', '\u2028', '\u2029'}) {
      if (yaml.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where each item of the list after {@code scenarios:} starts (the offset of its line), the first
   * item's indentation setting the list's; empty when a line after it is indented less (another
   * key, a document marker), or tab-indented: then the list may not run to the end of the file.
   */
  private static List<Integer> itemStarts(String yaml, int afterKey) {
    List<Integer> starts = new ArrayList<>();
    int indent = -1;
    int at = yaml.indexOf('\n', afterKey) + 1;
    while (at > 0 && at < yaml.length()) {
      int end = yaml.indexOf('\n', at);
      if (end < 0) {
        end = yaml.length();
      }
      int spaces = 0;
      while (at + spaces < end && yaml.charAt(at + spaces) == ' ') {
        spaces++;
      }
      boolean blank = at + spaces == end || yaml.charAt(at + spaces) == '#';
      if (!blank) {
        boolean entry =
            yaml.charAt(at + spaces) == '-'
                && (at + spaces + 1 == end || yaml.charAt(at + spaces + 1) == ' ');
        if (indent < 0 && entry) {
          indent = spaces;
        }
        if (indent < 0 || spaces < indent || (spaces == indent && !entry)) {
          return List.of();
        }
        if (spaces == indent) {
          starts.add(at);
        }
      }
      at = end + 1;
    }
    return starts;
  }

  private static int lineCount(String text) {
    int lines = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      lines++;
    }
    return lines;
  }
}
