package dev.rehearsal.core.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the items of a generated scenario list when each is one line of flow YAML made of plain
 * words ({@code - {name: s1, run: {repository: acme/app, ref: main}, expect: {assume: allow}}}),
 * into the nodes SnakeYAML composes from them, with their lines; SnakeYAML's scanner spends some 30
 * µs on such a line. Anything else (quotes, comments, anchors, tags, empty or duplicate keys, a
 * word that SnakeYAML might read otherwise) makes it give up, and the caller lets SnakeYAML read
 * the text. The words it takes are a subset of YAML's plain scalars in flow context: a letter,
 * digit, {@code _ . /} first, then those and {@code - + @}, and {@code :} when a word character
 * follows it (SnakeYAML ends a flow plain scalar at {@code :} only before a space or {@code
 * ,[]{}}).
 */
final class FlowItems {
  private static final int[] NO_BUFFER = new int[0];

  private final String file;
  // The items as an array: this reader looks at each character once or twice, and an array read
  // costs less than String.charAt's checks when the JIT is C1 only, as for short commands.
  private final char[] text;
  private final int firstLine;
  private int at;
  private int lineStart;
  private int line;

  private FlowItems(String file, String text, int firstLine) {
    this.file = file;
    this.text = text.toCharArray();
    this.firstLine = firstLine;
  }

  /**
   * One mapping node per item of {@code items} (lines of a block list indented by {@code indent},
   * the first of them line {@code firstLine} of the file, counting from 0); empty when a line is
   * not of the simple shape. The nodes' marks carry their line and column; their index counts from
   * the start of {@code items}.
   */
  static Optional<List<Node>> read(String file, String items, int firstLine, int indent) {
    return new FlowItems(file, items, firstLine).lines(indent);
  }

  private Optional<List<Node>> lines(int indent) {
    List<Node> nodes = new ArrayList<>();
    line = firstLine;
    while (at < text.length) {
      lineStart = at;
      int end = at;
      while (end < text.length && text[end] != '\n') {
        end++;
      }
      if (!blank(end)) {
        if (!spaces(lineStart, indent) || !startsWith("- {", lineStart + indent)) {
          return Optional.empty();
        }
        at = lineStart + indent + 2;
        Node item = value();
        skipSpaces();
        if (item == null || at != end) {
          return Optional.empty();
        }
        nodes.add(item);
      }
      at = end + 1;
      line++;
    }
    return Optional.of(nodes);
  }

  private boolean blank(int end) {
    for (int i = at; i < end; i++) {
      if (text[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  private boolean spaces(int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (text[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /** A mapping, a list or a word at {@code at}; null when it is none of the simple shapes. */
  private Node value() {
    if (at >= text.length) {
      return null;
    }
    char c = text[at];
    if (c == '{') {
      return mapping();
    }
    if (c == '[') {
      return sequence();
    }
    return word();
  }

  private Node mapping() {
    Mark start = mark();
    at++;
    List<NodeTuple> tuples = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    do {
      skipSpaces();
      ScalarNode key = word();
      // "key: value": SnakeYAML would read "key:value" as one word, and refuses duplicate keys.
      if (key == null || !keys.add(key.getValue()) || !startsWith(": ", at)) {
        return null;
      }
      at += 2;
      skipSpaces();
      Node value = value();
      if (value == null) {
        return null;
      }
      tuples.add(new NodeTuple(key, value));
      skipSpaces();
    } while (next(','));
    if (!next('}')) {
      return null;
    }
    return new MappingNode(Tag.MAP, true, tuples, start, mark(), DumperOptions.FlowStyle.FLOW);
  }

  private Node sequence() {
    Mark start = mark();
    at++;
    List<Node> items = new ArrayList<>();
    skipSpaces();
    if (!next(']')) {
      do {
        skipSpaces();
        Node item = value();
        if (item == null) {
          return null;
        }
        items.add(item);
        skipSpaces();
      } while (next(','));
      if (!next(']')) {
        return null;
      }
    }
    return new SequenceNode(Tag.SEQ, true, items, start, mark(), DumperOptions.FlowStyle.FLOW);
  }

  private ScalarNode word() {
    int from = at;
    if (at >= text.length || !first(text[at])) {
      return null;
    }
    at++;
    while (at < text.length) {
      char c = text[at];
      if (inner(c) || (c == ':' && at + 1 < text.length && inner(text[at + 1]))) {
        at++;
      } else {
        break;
      }
    }
    Mark start = mark(from);
    return new ScalarNode(
        Tag.STR,
        true,
        new String(text, from, at - from),
        start,
        mark(),
        DumperOptions.ScalarStyle.PLAIN);
  }

  private static boolean first(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '/';
  }

  private static boolean inner(char c) {
    return first(c) || c == '-' || c == '+' || c == '@';
  }

  private boolean startsWith(String prefix, int from) {
    if (from + prefix.length() > text.length) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (text[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean next(char c) {
    if (at < text.length && text[at] == c) {
      at++;
      return true;
    }
    return false;
  }

  private void skipSpaces() {
    while (at < text.length && text[at] == ' ') {
      at++;
    }
  }

  private Mark mark() {
    return mark(at);
  }

  private Mark mark(int index) {
    return new Mark(file, index, line, index - lineStart, NO_BUFFER, 0);
  }
}
