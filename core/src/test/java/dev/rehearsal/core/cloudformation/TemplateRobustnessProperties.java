package dev.rehearsal.core.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import dev.rehearsal.core.error.AwsErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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

  @Property(tries = 500)
  void parseAndResolve_ofAnyText_givesStackOrValidationError(@ForAll String text) {
    assertStackOrValidationError(text);
  }

  @Property(tries = 500)
  void parseAndResolve_ofSeedWithTextMutated_givesStackOrValidationError(
      @ForAll("textMutants") String text) {
    assertStackOrValidationError(text);
  }

  @Property(tries = 500)
  void parseAndResolve_ofSeedWithOneNodeReplaced_givesStackOrValidationError(
      @ForAll("treeMutants") JsonNode tree) {
    assertStackOrValidationError(tree.toString());
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

  @Property(tries = 100)
  void resolve_jsonAndYamlFormsOfSeed_resolveIdentically(@ForAll("organisations") String org) {
    Template yaml = Template.parse(SEED);
    Template json = Template.parse(yaml.source().root().toString());
    StackSettings settings =
        StackSettings.of("seed", "eu-west-1", "210987654321", Map.of("GitHubOrg", org));

    assertThat(json.resolve(settings))
        .usingRecursiveComparison()
        .ignoringFields("source")
        .isEqualTo(yaml.resolve(settings));
  }

  @Provide
  Arbitrary<String> organisations() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
        .ofMinLength(1)
        .ofMaxLength(39);
  }

  @Provide
  Arbitrary<String> textMutants() {
    Arbitrary<String> insert =
        Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.strings().ofMaxLength(4));
    return Combinators.combine(
            Arbitraries.integers().between(0, SEED.length()),
            Arbitraries.integers().between(0, 12),
            insert)
        .as(
            (at, deleted, inserted) ->
                SEED.substring(0, at)
                    + inserted
                    + SEED.substring(Math.min(SEED.length(), at + deleted)));
  }

  @Provide
  Arbitrary<JsonNode> treeMutants() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), json(2).injectNull(0.2))
        .as(TemplateRobustnessProperties::replaceOne);
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

  private static Arbitrary<JsonNode> json(int depth) {
    Arbitrary<JsonNode> scalar =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(8).map(NODES::textNode),
            Arbitraries.of(FIELDS).map(NODES::textNode),
            Arbitraries.of("Role.Arn", "${GitHubOrg}", "${Role.Nope}", "AWS::IAM::Role", "-1")
                .map(NODES::textNode),
            Arbitraries.integers().between(-3, 5).map(NODES::numberNode),
            Arbitraries.of(true, false).map(NODES::booleanNode),
            Arbitraries.just(NODES.nullNode()));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> json(depth - 1));
    Arbitrary<JsonNode> array =
        child.list().ofMaxSize(3).map(items -> NODES.arrayNode().addAll(items));
    Arbitrary<JsonNode> object =
        Arbitraries.maps(Arbitraries.of(FIELDS), child)
            .ofMaxSize(3)
            .map(
                fields -> {
                  ObjectNode node = NODES.objectNode();
                  fields.forEach(node::set);
                  return node;
                });
    Arbitrary<JsonNode> call =
        Combinators.combine(Arbitraries.of(FIELDS), child)
            .as((name, argument) -> (JsonNode) NODES.objectNode().set(name, argument));
    return Arbitraries.frequencyOf(
        Tuple.of(3, scalar), Tuple.of(2, array), Tuple.of(2, object), Tuple.of(3, call));
  }
}
