package dev.rehearsal.core.workflow.source;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A node of a workflow file as GitHub's template reader sees it: a scalar typed by YAML 1.2's core
 * schema, a sequence or a mapping, each with its location and its path from the file's root ({@code
 * jobs.build.steps[0].uses}). GitHub's reader is not YAML 1.1: {@code on}, {@code yes} and {@code
 * n} are strings, {@code 010} is ten (actions/runner, {@code WorkflowParser/Conversion/
 * YamlObjectReader.cs}: "Plain style, determine type using YAML 1.2 core schema").
 */
public sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {
  Location location();

  String path();

  /** What the node is, for a message: "a string", "a sequence", "a mapping". */
  String describe();

  /**
   * A scalar. {@code text} is the value as GitHub converts it to a string where a string is wanted:
   * a string as written, a number in .NET's {@code G15} form ({@code 3.10} is {@code 3.1}), {@code
   * true}/{@code false}, and the empty string for null.
   */
  record Scalar(Kind kind, String text, double number, Location location, String path)
      implements Node {
    /** The YAML core schema's scalar types. */
    public enum Kind {
      STRING,
      NUMBER,
      BOOLEAN,
      NULL
    }

    public boolean isString() {
      return kind == Kind.STRING;
    }

    public boolean isNull() {
      return kind == Kind.NULL;
    }

    public boolean isTrue() {
      return kind == Kind.BOOLEAN && text.equals("true");
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "the string '" + text + "'";
        case NUMBER -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "null";
      };
    }
  }

  /** A sequence, items in file order. */
  record Sequence(List<Node> items, Location location, String path) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a sequence";
    }
  }

  /** A mapping, entries in file order; keys are unique ignoring case, as GitHub requires. */
  record Mapping(List<Entry> entries, Location location, String path) implements Node {
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The value of {@code key} (exact case), if present. */
    public Optional<Node> get(String key) {
      return entry(key).map(Entry::value);
    }

    /** The entry of {@code key} (exact case), if present. */
    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().text().equals(key)).findFirst();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key and its value. */
  record Entry(Scalar key, Node value) {
    public String name() {
      return key.text();
    }

    /** The key's name in lower case, for the case-insensitive comparisons GitHub makes. */
    String folded() {
      return key.text().toLowerCase(Locale.ROOT);
    }
  }

  /** The path of {@code key} inside the node at {@code parent}. */
  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** The path of item {@code index} inside the node at {@code parent}. */
  static String child(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
