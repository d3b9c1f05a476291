package dev.rehearsal.core.workflow.source;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a workflow file into {@link Node}s with SnakeYAML's compose API (which keeps each node's
 * mark), typing plain scalars by YAML 1.2's core schema as GitHub does instead of SnakeYAML's YAML
 * 1.1 rules, so that {@code on:} is the key "on" and {@code branches: [yes]} a branch named "yes".
 * Explicit tags follow GitHub's reader: {@code !!str} on anything, {@code !!bool}, {@code !!int},
 * {@code !!float} and {@code !!null} on plain scalars only, no other tag.
 */
public final class WorkflowYaml {
  /** The tag this reader's resolver gives a plain scalar without an explicit tag. */
  private static final Tag PLAIN = new Tag("tag:rehearsal.dev,2026:plain");

  private static final LoaderOptions OPTIONS = options();
  private static final Resolver RESOLVER = new PlainResolver();

  private final Set<org.yaml.snakeyaml.nodes.Node> composing =
      Collections.newSetFromMap(new IdentityHashMap<>());

  private WorkflowYaml() {}

  /** The file's single document; a syntax error is a {@link WorkflowException} with its place. */
  public static Node read(String text) {
    org.yaml.snakeyaml.nodes.Node root;
    try {
      Composer composer =
          new Composer(new ParserImpl(new StreamReader(text), OPTIONS), RESOLVER, OPTIONS);
      root = composer.getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new WorkflowException(
          "YAML not well-formed", location(mark), "", problem(e.getProblem(), e.getContext()));
    } catch (YAMLException e) {
      throw new WorkflowException("YAML not well-formed", null, "", e.getMessage());
    }
    if (root == null) {
      throw new WorkflowException(
          "The workflow is empty", new Location(1, 1), "", "a workflow has 'on' and 'jobs'");
    }
    return new WorkflowYaml().convert(root, "");
  }

  private static String problem(String problem, String context) {
    if (problem == null) {
      return context;
    }
    return context == null ? problem : context + ", " + problem;
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(100);
    options.setAllowDuplicateKeys(true); // checked below, ignoring case as GitHub does
    return options;
  }

  private static Location location(Mark mark) {
    return mark == null ? null : new Location(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static Location location(org.yaml.snakeyaml.nodes.Node node) {
    Location location = location(node.getStartMark());
    return location == null ? new Location(1, 1) : location;
  }

  private Node convert(org.yaml.snakeyaml.nodes.Node node, String path) {
    if (!composing.add(node)) {
      throw new WorkflowException(
          "YAML not well-formed", location(node), path, "an alias refers to a node that holds it");
    }
    try {
      if (node instanceof ScalarNode scalar) {
        return scalar(scalar, path);
      }
      if (node instanceof SequenceNode sequence) {
        requireTag(node, Tag.SEQ, path);
        List<Node> items = new ArrayList<>();
        for (org.yaml.snakeyaml.nodes.Node item : sequence.getValue()) {
          items.add(convert(item, Node.child(path, items.size())));
        }
        return new Node.Sequence(items, location(node), path);
      }
      requireTag(node, Tag.MAP, path);
      return mapping((MappingNode) node, path);
    } finally {
      composing.remove(node);
    }
  }

  private static void requireTag(org.yaml.snakeyaml.nodes.Node node, Tag expected, String path) {
    if (!node.getTag().equals(expected)) {
      throw new WorkflowException(
          "Unexpected tag '" + node.getTag().getValue() + "'", location(node), path, null);
    }
  }

  private Node.Mapping mapping(MappingNode mapping, String path) {
    List<Node.Entry> entries = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        throw new WorkflowException(
            "A mapping key must be a scalar",
            location(tuple.getKeyNode()),
            path,
            "found " + (tuple.getKeyNode().getNodeId() == NodeId.mapping ? "a mapping" : "a list"));
      }
      Node.Scalar written = scalar(keyNode, path);
      String child = Node.child(path, written.text());
      Node.Scalar key =
          new Node.Scalar(
              written.kind(), written.text(), written.number(), written.location(), child);
      Node.Entry entry = new Node.Entry(key, convert(tuple.getValueNode(), child));
      if (seen.putIfAbsent(entry.folded(), key.text()) != null) {
        // GitHub's TemplateReader: keys are unique ignoring case ("'{0}' is already defined").
        throw WorkflowException.at(key, "'" + key.text() + "' is already defined", null);
      }
      entries.add(entry);
    }
    return new Node.Mapping(entries, location(mapping), path);
  }

  private static Node.Scalar scalar(ScalarNode node, String path) {
    String value = node.getValue();
    Location location = location(node);
    Tag tag = node.getTag();
    if (tag.equals(Tag.STR)) {
      return string(value, location, path);
    }
    if (!tag.equals(PLAIN) && !node.isPlain()) {
      throw new WorkflowException(
          "The scalar style is not valid with the tag '" + tag.getValue() + "'",
          location,
          path,
          null);
    }
    if (tag.equals(PLAIN)) {
      return plain(value, location, path);
    }
    Node.Scalar typed = plain(value, location, path);
    Node.Scalar.Kind wanted = kind(tag);
    if (wanted == null || typed.kind() != wanted) {
      throw new WorkflowException(
          wanted == null
              ? "Unexpected tag '" + tag.getValue() + "'"
              : "The value '" + value + "' is invalid for the type '" + tag.getValue() + "'",
          location,
          path,
          null);
    }
    return typed;
  }

  private static Node.Scalar.Kind kind(Tag tag) {
    if (tag.equals(Tag.BOOL)) {
      return Node.Scalar.Kind.BOOLEAN;
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return Node.Scalar.Kind.NUMBER;
    }
    return tag.equals(Tag.NULL) ? Node.Scalar.Kind.NULL : null;
  }

  private static Node.Scalar string(String value, Location location, String path) {
    return new Node.Scalar(Node.Scalar.Kind.STRING, value, Double.NaN, location, path);
  }

  private static Node.Scalar plain(String value, Location location, String path) {
    if (CoreSchema.isNull(value)) {
      return new Node.Scalar(Node.Scalar.Kind.NULL, "", Double.NaN, location, path);
    }
    Boolean bool = CoreSchema.bool(value);
    if (bool != null) {
      return new Node.Scalar(Node.Scalar.Kind.BOOLEAN, bool.toString(), Double.NaN, location, path);
    }
    OptionalDouble number = CoreSchema.number(value);
    if (number.isPresent()) {
      double parsed = number.getAsDouble();
      return new Node.Scalar(
          Node.Scalar.Kind.NUMBER, CoreSchema.format(parsed), parsed, location, path);
    }
    return string(value, location, path);
  }

  /** Tags every plain scalar without an explicit tag {@link #PLAIN}; nothing else implicitly. */
  private static final class PlainResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // none: YAML 1.1's implicit types are not GitHub's
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
      return kind == NodeId.scalar && implicit ? PLAIN : super.resolve(kind, value, implicit);
    }
  }
}
