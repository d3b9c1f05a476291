package dev.rehearsal.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.error.MalformedPolicyDocumentException;
import dev.rehearsal.core.property.Gens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

  @Test
  void parse_ofAnyText_givesDocumentOrMalformed() {
    qt().withExamples(1000)
        .forAll(Gens.anyString(1000), Generate.enumValues(PolicyKind.class))
        .checkAssert(
            (text, kind) -> assertDocumentOrMalformed(() -> PolicyParser.parse(text, kind)));
  }

  @Test
  void parse_ofAnyJsonTree_givesDocumentOrMalformed() {
    qt().withExamples(1000)
        .forAll(json(4, 1000), Generate.enumValues(PolicyKind.class))
        .checkAssert(
            (tree, kind) -> {
              assertDocumentOrMalformed(() -> PolicyParser.parse(tree, kind));
              assertDocumentOrMalformed(() -> PolicyParser.parse(tree.toString(), kind));
            });
  }

  @Test
  void parse_ofValidDocumentWithOneElementReplaced_givesDocumentOrMalformed() {
    qt().withExamples(1000)
        .forAll(mutants(1000), Generate.enumValues(PolicyKind.class))
        .checkAssert(
            (tree, kind) -> assertDocumentOrMalformed(() -> PolicyParser.parse(tree, kind)));
  }

  /** Any other exception escapes and fails the property. */
  private static void assertDocumentOrMalformed(Supplier<PolicyDocument> parse) {
    try {
      assertThat(parse.get()).isNotNull();
    } catch (MalformedPolicyDocumentException expected) {
      // IAM's answer to a document it refuses.
    }
  }

  private static Gen<JsonNode> mutants(int tries) {
    return PolicyArbitraries.documents(tries)
        .zip(
            Gens.ints(0, 1000, tries),
            Gens.injectNull(json(2, tries), 0.2),
            PolicyParserRobustnessProperties::replaceOne);
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

  private static Gen<JsonNode> json(int depth, int tries) {
    Gen<JsonNode> scalar =
        Gens.oneOf(
            Gens.strings(Gens.anyChar(), 0, 10, tries).map(NODES::textNode),
            Gens.of("*", "Allow", "deny", "2012-10-17", "s3:GetObject", "arn:aws:s3:::b")
                .map(NODES::textNode),
            Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE, tries).map(NODES::numberNode),
            doubles().between(-Double.MAX_VALUE, Double.MAX_VALUE).map(NODES::numberNode),
            Gens.of(true, false).map(NODES::booleanNode),
            Generate.constant(NODES.nullNode()));
    if (depth == 0) {
      return scalar;
    }
    Gen<JsonNode> child = json(depth - 1, tries);
    Gen<JsonNode> array =
        Gens.lists(child, 0, 3, tries).map(items -> NODES.arrayNode().addAll(items));
    Gen<JsonNode> object =
        Gens.maps(
                Gens.oneOf(Gens.of(FIELDS), Gens.strings(Gens.anyChar(), 0, 6, tries)),
                child,
                0,
                4,
                tries)
            .map(
                fields -> {
                  ObjectNode node = NODES.objectNode();
                  fields.forEach(node::set);
                  return node;
                });
    return Gens.frequency(2, scalar, 2, array, 4, object);
  }
}
