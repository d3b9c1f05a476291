package dev.rehearsal.core.scenario;

import dev.rehearsal.core.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping of a scenario file, read strictly: unknown keys are errors (a misspelt {@code
 * expect} must not silently pass), and every error names the file, the line and the key.
 */
final class YamlMap implements RunMapping.Values {
  private final String file;
  private final String what;
  private final Node node;
  private final Map<String, Node> entries = new LinkedHashMap<>();

  private YamlMap(String file, String what, Node node) {
    this.file = file;
    this.what = what;
    this.node = node;
  }

  static YamlMap of(String file, String what, Node node, Set<String> allowedKeys) {
    if (!(node instanceof MappingNode mapping)) {
      throw error(file, node, what + " must be a mapping of keys to values");
    }
    YamlMap map = new YamlMap(file, what, node);
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw error(file, tuple.getKeyNode(), what + " has a key that is not a plain word");
      }
      if (!allowedKeys.contains(key.getValue())) {
        throw error(
            file,
            key,
            "unknown key '" + key.getValue() + "' in " + what + "; expected one of " + allowedKeys);
      }
      if (map.entries.put(key.getValue(), tuple.getValueNode()) != null) {
        throw error(file, key, "key '" + key.getValue() + "' is given twice in " + what);
      }
    }
    return map;
  }

  int line() {
    return node.getStartMark().getLine() + 1;
  }

  Optional<Node> node(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public Optional<String> string(String key) {
    return node(key).map(value -> scalar(key, value));
  }

  String requiredString(String key) {
    return string(key).orElseThrow(() -> error(file, node, what + " needs '" + key + "'"));
  }

  @Override
  public Optional<Boolean> bool(String key) {
    return string(key)
        .map(
            value -> {
              if (!value.equals("true") && !value.equals("false")) {
                throw error(file, entries.get(key), key + " must be true or false, got " + value);
              }
              return Boolean.parseBoolean(value);
            });
  }

  /** A list of scalars; a single scalar counts as a list of one. */
  Optional<List<String>> strings(String key) {
    return node(key)
        .map(
            value -> {
              if (value instanceof SequenceNode sequence) {
                List<String> items = new ArrayList<>();
                sequence.getValue().forEach(item -> items.add(scalar(key, item)));
                return items;
              }
              return List.of(scalar(key, value));
            });
  }

  /** The items of a list under {@code key}. */
  List<Node> items(String key) {
    return node(key)
        .map(
            value -> {
              if (!(value instanceof SequenceNode sequence)) {
                throw error(file, value, key + " in " + what + " must be a list");
              }
              return sequence.getValue();
            })
        .orElse(List.of());
  }

  private String scalar(String key, Node value) {
    if (!(value instanceof ScalarNode scalar)) {
      throw error(file, value, key + " in " + what + " must be a single value");
    }
    return scalar.getValue();
  }

  ValidationException error(String message) {
    return error(file, node, message);
  }

  static ValidationException error(String file, Node at, String message) {
    return new ValidationException(file + ":" + (at.getStartMark().getLine() + 1) + ": " + message);
  }
}
