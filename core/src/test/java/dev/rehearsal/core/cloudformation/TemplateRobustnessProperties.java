package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.property.Gens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever text it is given, the template model answers with a stack or with {@code
 * ValidationError}, as CloudFormation does: never with another exception (no NPE, no
 * ClassCastException, no SnakeYAML or Jackson exception leaking).
 */
class TemplateRobustnessProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String SEED = Templates.seed();
  private static final JsonNode SEED_TREE = Template.parse(SEED).source().root();
  private static final List<String> TOKENS =
      List.of(
          "!Ref ",
          "!GetAtt ",
          "!Sub ",
          "!If ",
          "!Join ",
          "!Select ",
          "!Split ",
          "!Equals ",
          "!Condition ",
          "!Nope ",
          "{",
          "}",
          "[",
          "]",
          "- ",
          ": ",
          "\n  ",
          "\n",
          "'",
          "\"",
          "&a ",
          "*a ",
          "!!binary ",
          "!!set ",
          "${",
          "${AWS::NoValue}",
          "Fn::",
          "Ref: X",
          "<<: *a",
          "~",
          "0x1F",
          "2012-10-17",
          "\t",
          "Role.Arn",
          "AWS::NoValue",
          "Condition: C",
          "#",
          "---\n");
  private static final List<String> FIELDS =
      List.of(
          "Ref",
          "Fn::Sub",
          "Fn::GetAtt",
          "Fn::Join",
          "Fn::Select",
          "Fn::Split",
          "Fn::If",
          "Fn::Equals",
          "Type",
          "Properties",
          "Condition",
          "DependsOn",
          "Statement",
          "Effect",
          "Principal",
          "Action",
          "Resource",
          "Value",
          "GithubOidc",
          "Role",
          "Policy",
          "AWS::NoValue",
          "GitHubOrg");

  @Test
  void parseAndResolve_ofAnyText_givesStackOrValidationError() {
    qt().withExamples(500)
        .forAll(Gens.anyString(500))
        .checkAssert(TemplateRobustnessProperties::assertStackOrValidationError);
  }

  @Test
  void parseAndResolve_ofSeedWithTextMutated_givesStackOrValidationError() {
    qt().withExamples(500)
        .forAll(Gens.textMutants(SEED, TOKENS, 500))
        .checkAssert(TemplateRobustnessProperties::assertStackOrValidationError);
  }

  @Test
  void parseAndResolve_ofSeedWithOneNodeReplaced_givesStackOrValidationError() {
    qt().withExamples(500)
        .forAll(treeMutants(500))
        .checkAssert(tree -> assertStackOrValidationError(tree.toString()));
  }

  /** Any other exception escapes and fails the property. */
  private static void assertStackOrValidationError(String text) {
    try {
      Template template = Template.parse(text);
      assertThat(template.resolve(Templates.ACME)).isNotNull();
    } catch (TemplateException expected) {
      assertThat(expected.errorCode()).isEqualTo(AwsErrorCode.VALIDATION_ERROR);
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Test
  void resolve_jsonAndYamlFormsOfSeed_resolveIdentically() {
    qt().withExamples(100)
        .forAll(organisations(100))
        .checkAssert(
            org -> {
              Template yaml = Template.parse(SEED);
              Template json = Template.parse(yaml.source().root().toString());
              StackSettings settings =
                  StackSettings.of("seed", "eu-west-1", "210987654321", Map.of("GitHubOrg", org));

              assertThat(json.resolve(settings))
                  .usingRecursiveComparison()
                  .ignoringFields("source")
                  .isEqualTo(yaml.resolve(settings));
            });
  }

  private static Gen<String> organisations(int tries) {
    return Gens.strings(Gens.chars("abcdefghijklmnopqrstuvwxyz0123456789-"), 1, 39, tries);
  }

  private static Gen<JsonNode> treeMutants(int tries) {
    return Gens.ints(0, 1000, tries)
        .zip(Gens.injectNull(json(2, tries), 0.2), TemplateRobustnessProperties::replaceOne);
  }

  /** Replaces (or, for a null replacement, removes) one field or item somewhere in the seed. */
  private static JsonNode replaceOne(int choice, JsonNode replacement) {
    JsonNode root = SEED_TREE.deepCopy();
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(choice % containers.size());
    if (container instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String field = names.get(choice % names.size());
      if (replacement == null) {
        object.remove(field);
      } else {
        object.set(field, replacement);
      }
    } else if (container instanceof ArrayNode array && !array.isEmpty()) {
      array.set(choice % array.size(), replacement == null ? NODES.nullNode() : replacement);
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
            Gens.strings(Gens.anyChar(), 0, 8, tries).map(NODES::textNode),
            Gens.of(FIELDS).map(NODES::textNode),
            Gens.of("Role.Arn", "${GitHubOrg}", "${Role.Nope}", "AWS::IAM::Role", "-1")
                .map(NODES::textNode),
            Gens.ints(-3, 5, tries).map(NODES::numberNode),
            Gens.of(true, false).map(NODES::booleanNode),
            Generate.constant(NODES.nullNode()));
    if (depth == 0) {
      return scalar;
    }
    Gen<JsonNode> child = json(depth - 1, tries);
    Gen<JsonNode> array =
        Gens.lists(child, 0, 3, tries).map(items -> NODES.arrayNode().addAll(items));
    Gen<JsonNode> object =
        Gens.maps(Gens.of(FIELDS), child, 0, 3, tries)
            .map(
                fields -> {
                  ObjectNode node = NODES.objectNode();
                  fields.forEach(node::set);
                  return node;
                });
    Gen<JsonNode> call =
        Gens.of(FIELDS)
            .zip(child, (name, argument) -> (JsonNode) NODES.objectNode().set(name, argument));
    return Gens.frequency(3, scalar, 2, array, 2, object, 3, call);
  }
}
