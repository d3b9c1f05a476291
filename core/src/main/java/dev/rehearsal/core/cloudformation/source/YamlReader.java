package dev.rehearsal.core.cloudformation.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML template with SnakeYAML's compose API, which keeps each node's mark (line and
 * column) and its tag. The short forms of the intrinsic functions ({@code !Ref}, {@code !Sub},
 * {@code !GetAtt A.B}, ...) become their long forms (CloudFormation User Guide, "Intrinsic function
 * reference": each function's "Declaration" lists both), so the rest of core sees one tree shape
 * whether the template was JSON or YAML.
 */
final class YamlReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final Set<String> FUNCTION_TAGS =
      Set.of(
          "Sub",
          "GetAtt",
          "Join",
          "Select",
          "Split",
          "If",
          "Equals",
          "Not",
          "And",
          "Or",
          "Base64",
          "Cidr",
          "FindInMap",
          "GetAZs",
          "ImportValue",
          "Transform",
          "Length",
          "ToJsonString");
  private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on", "y");

  private static final LoaderOptions OPTIONS = options();
  private static final Resolver RESOLVER = new Resolver();

  private final SourceMap.Builder locations = SourceMap.builder();
  private final Set<Node> path = Collections.newSetFromMap(new IdentityHashMap<>());

  private YamlReader() {}

  static SourceTree read(String text) {
    Node root;
    try {
      // The composer alone: building a whole Yaml (constructor, representer) costs more than
      // reading a small template.
      Composer composer =
          new Composer(new ParserImpl(new StreamReader(text), OPTIONS), RESOLVER, OPTIONS);
      root = composer.getSingleNode();
    } catch (MarkedYAMLException e) {
      throw notWellFormed(e.getProblem(), location(e.getProblemMark()));
    } catch (YAMLException e) {
      throw notWellFormed(e.getMessage(), Optional.empty());
    }
    if (root == null) {
      throw notWellFormed("the template is empty", Optional.empty());
    }
    YamlReader reader = new YamlReader();
    JsonNode tree = reader.convert(root, "");
    return new SourceTree(tree, reader.locations.build());
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(100);
    return options;
  }

  /** CloudFormation's answer to a template it cannot read as YAML. */
  private static TemplateException notWellFormed(String detail, Optional<Location> location) {
    String where = location.map(l -> " (" + l + ")").orElse("");
    return new TemplateException(
        "Template format error: YAML not well-formed." + where + " " + detail, location);
  }

  private static Optional<Location> location(Mark mark) {
    return mark == null
        ? Optional.empty()
        : Optional.of(new Location(mark.getLine() + 1, mark.getColumn() + 1));
  }

  private void mark(String pointer, Node node) {
    Mark mark = node.getStartMark();
    if (mark != null) {
      locations.put(pointer, mark.getLine() + 1, mark.getColumn() + 1);
    }
  }

  private JsonNode convert(Node node, String pointer) {
    mark(pointer, node);
    if (!path.add(node)) {
      throw notWellFormed("an alias refers to a node that contains it", location(node));
    }
    try {
      String tag = node.getTag().getValue();
      return tag.startsWith("!") ? function(tag.substring(1), node, pointer) : plain(node, pointer);
    } finally {
      path.remove(node);
    }
  }

  private static Optional<Location> location(Node node) {
    return location(node.getStartMark());
  }

  /**
   * A short-form function: {@code !Ref x} is {@code {"Ref": "x"}}, {@code !Sub s} {@code Fn::Sub}.
   */
  private JsonNode function(String name, Node node, String pointer) {
    String key;
    if (name.equals("Ref") || name.equals("Condition")) {
      key = name;
    } else if (FUNCTION_TAGS.contains(name)) {
      key = "Fn::" + name;
    } else {
      throw notWellFormed("unknown tag !" + name, location(node));
    }
    String inner = SourceMap.child(pointer, key);
    mark(inner, node);
    JsonNode value;
    if (name.equals("GetAtt") && node instanceof ScalarNode scalar) {
      // "!GetAtt Role.Arn": the logical id ends at the first dot (User Guide, "Fn::GetAtt").
      String text = scalar.getValue();
      int dot = text.indexOf('.');
      ArrayNode parts = NODES.arrayNode();
      if (dot < 0) {
        parts.add(text);
      } else {
        parts.add(text.substring(0, dot)).add(text.substring(dot + 1));
      }
      value = parts;
    } else if (node instanceof ScalarNode scalar) {
      value = NODES.textNode(scalar.getValue());
    } else {
      value = structure(node, inner);
    }
    return NODES.objectNode().set(key, value);
  }

  private JsonNode plain(Node node, String pointer) {
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    Tag tag = node.getTag();
    if (!tag.equals(Tag.SEQ) && !tag.equals(Tag.MAP)) {
      throw notWellFormed("unsupported tag " + tag.getValue(), location(node));
    }
    return structure(node, pointer);
  }

  private JsonNode structure(Node node, String pointer) {
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      for (Node item : sequence.getValue()) {
        array.add(convert(item, SourceMap.child(pointer, array.size())));
      }
      return array;
    }
    return mapping((MappingNode) node, pointer);
  }

  private ObjectNode mapping(MappingNode mapping, String pointer) {
    ObjectNode object = NODES.objectNode();
    for (NodeTuple entry : mapping.getValue()) {
      if (!(entry.getKeyNode() instanceof ScalarNode keyNode)
          || keyNode.getTag().equals(Tag.MERGE)
          || keyNode.getTag().getValue().startsWith("!")) {
        throw notWellFormed(
            "a mapping key must be a plain scalar (merge keys are not supported)",
            location(entry.getKeyNode()));
      }
      String key = keyNode.getValue();
      if (object.has(key)) {
        throw notWellFormed("duplicate key " + key, location(keyNode));
      }
      String child = SourceMap.child(pointer, key);
      // The key's line is where a reader looks for the element it names.
      mark(child, keyNode);
      object.set(key, convert(entry.getValueNode(), child));
    }
    return object;
  }

  /** A plain scalar, typed as the YAML core schema resolves it; anything unknown stays text. */
  private static JsonNode scalar(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    String text = scalar.getValue();
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    if (tag.equals(Tag.BOOL)) {
      return NODES.booleanNode(TRUE_WORDS.contains(text.toLowerCase(java.util.Locale.ROOT)));
    }
    if (tag.equals(Tag.INT) && DECIMAL_INTEGER.matcher(text).matches()) {
      return NODES.numberNode(new BigInteger(text));
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return NODES.numberNode(new BigDecimal(text));
      } catch (NumberFormatException notDecimal) {
        return NODES.textNode(text);
      }
    }
    if (tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.TIMESTAMP)) {
      // A date such as Version: 2012-10-17 is text to CloudFormation, not a timestamp.
      return NODES.textNode(text);
    }
    throw notWellFormed("unsupported tag " + tag.getValue(), location(scalar.getStartMark()));
  }
}
