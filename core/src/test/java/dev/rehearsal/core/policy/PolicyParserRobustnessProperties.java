package dev.rehearsal.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever it is given, the parser answers with a document or with {@code MalformedPolicyDocument},
 * as IAM does: never with another exception.
 */
class PolicyParserRobustnessProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> FIELDS =
      List.of(
          "Version",
          "Id",
          "Statement",
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition",
          "StringLike",
          "AWS",
          "Federated");

  @Property
  void parse_ofAnyText_givesDocumentOrMalformed(@ForAll String text, @ForAll PolicyKind kind) {
    assertDocumentOrMalformed(() -> PolicyParser.parse(text, kind));
  }

  @Property
  void parse_ofAnyJsonTree_givesDocumentOrMalformed(
      @ForAll("trees") JsonNode tree, @ForAll PolicyKind kind) {
    assertDocumentOrMalformed(() -> PolicyParser.parse(tree, kind));
    assertDocumentOrMalformed(() -> PolicyParser.parse(tree.toString(), kind));
  }

  @Property
  void parse_ofValidDocumentWithOneElementReplaced_givesDocumentOrMalformed(
      @ForAll("mutants") JsonNode tree, @ForAll PolicyKind kind) {
    assertDocumentOrMalformed(() -> PolicyParser.parse(tree, kind));
  }

  /** Any other exception escapes and fails the property. */
  private static void assertDocumentOrMalformed(Supplier<PolicyDocument> parse) {
    try {
      assertThat(parse.get()).isNotNull();
    } catch (MalformedPolicyDocumentException expected) {
      // IAM's answer to a document it refuses.
    }
  }

  @Provide
  Arbitrary<JsonNode> trees() {
    return json(4);
  }

  @Provide
  Arbitrary<JsonNode> mutants() {
    return Combinators.combine(
            PolicyArbitraries.documents(),
            Arbitraries.integers().between(0, 1000),
            json(2).injectNull(0.2))
        .as(PolicyParserRobustnessProperties::replaceOne);
  }

  /** Replaces (or, for a null replacement, removes) one field or item somewhere in the tree. */
  private static JsonNode replaceOne(PolicyDocument document, int choice, JsonNode replacement) {
    ObjectNode root = PolicyWriter.toJson(document);
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(choice % containers.size());
    if (container instanceof ObjectNode object && !object.isEmpty()) {
      String field = object.fieldNames().next();
      if (replacement == null) {
        object.remove(field);
      } else {
        object.set(field, replacement);
      }
    } else if (container instanceof ArrayNode array && !array.isEmpty()) {
      array.set(0, replacement == null ? NODES.nullNode() : replacement);
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.forEach(child -> collect(child, containers));
    }
  }

  private static Arbitrary<JsonNode> json(int depth) {
    Arbitrary<JsonNode> scalar =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(10).map(NODES::textNode),
            Arbitraries.of("*", "Allow", "deny", "2012-10-17", "s3:GetObject", "arn:aws:s3:::b")
                .map(NODES::textNode),
            Arbitraries.integers().map(NODES::numberNode),
            Arbitraries.doubles().map(NODES::numberNode),
            Arbitraries.of(true, false).map(NODES::booleanNode),
            Arbitraries.just(NODES.nullNode()));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> json(depth - 1));
    Arbitrary<JsonNode> array =
        child.list().ofMaxSize(3).map(items -> NODES.arrayNode().addAll(items));
    Arbitrary<JsonNode> object =
        Arbitraries.maps(
                Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(6)),
                child)
            .ofMaxSize(4)
            .map(
                fields -> {
                  ObjectNode node = NODES.objectNode();
                  fields.forEach(node::set);
                  return node;
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalar),
        net.jqwik.api.Tuple.of(2, array),
        net.jqwik.api.Tuple.of(4, object));
  }
}
