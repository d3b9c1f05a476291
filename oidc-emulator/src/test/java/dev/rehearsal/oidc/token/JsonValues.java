package dev.rehearsal.oidc.token;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Arbitrary JSON values of every kind, for the readers' property tests. */
final class JsonValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<Character> ALPHA =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
          .chars()
          .mapToObj(c -> (char) c)
          .toList();

  private JsonValues() {}

  /**
   * Text over the whole BMP (lone surrogate halves and private use included), finite doubles, any
   * long, booleans, null, short arrays of text and one-member objects with an a-z/A-Z name.
   */
  static Gen<JsonNode> any() {
    return Generate.oneOf(
        text(60).map(NODES::textNode),
        longs().all().map(n -> (JsonNode) NODES.numberNode(n)),
        doubles()
            .between(-Double.MAX_VALUE, Double.MAX_VALUE)
            .map(d -> (JsonNode) NODES.numberNode(d)),
        booleans().all().map(b -> (JsonNode) NODES.booleanNode(b)),
        Generate.constant((JsonNode) NODES.nullNode()),
        lists()
            .of(text(10))
            .ofSizeBetween(0, 3)
            .map(
                items -> {
                  var array = NODES.arrayNode();
                  items.forEach(array::add);
                  return (JsonNode) array;
                }),
        lists()
            .of(Generate.pick(ALPHA))
            .ofSizeBetween(0, 8)
            .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()))
            .map(
                key -> {
                  var object = NODES.objectNode();
                  object.put(key, key);
                  return (JsonNode) object;
                }));
  }

  private static Gen<String> text(int maxLength) {
    return strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, maxLength);
  }
}
