package dev.rehearsal.oidc.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Arbitrary JSON values of every kind, for the readers' property tests. */
final class JsonValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {}

  static Arbitrary<JsonNode> any() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(60).map(NODES::textNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.doubles().map(NODES::numberNode),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.just(NODES.nullNode()),
        Arbitraries.strings()
            .ofMaxLength(10)
            .list()
            .ofMaxSize(3)
            .map(
                items -> {
                  var array = NODES.arrayNode();
                  items.forEach(array::add);
                  return array;
                }),
        Arbitraries.strings()
            .alpha()
            .ofMaxLength(8)
            .map(
                key -> {
                  var object = NODES.objectNode();
                  object.put(key, key);
                  return object;
                }));
  }
}
