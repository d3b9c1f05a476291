package dev.rehearsal.core.cloudformation.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.source.Scalars;
import dev.rehearsal.core.cloudformation.source.SourceMap;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One entry of a template's {@code Parameters} section (CloudFormation User Guide, "Parameters":
 * {@code Type}, {@code Default}, {@code AllowedValues}, {@code AllowedPattern}, {@code
 * MinLength}/{@code MaxLength}, {@code MinValue}/{@code MaxValue}, {@code NoEcho}).
 */
public record ParameterDeclaration(
    String name,
    ParameterType type,
    Optional<String> defaultValue,
    List<String> allowedValues,
    Optional<Pattern> allowedPattern,
    OptionalInt minLength,
    OptionalInt maxLength,
    Optional<BigDecimal> minValue,
    Optional<BigDecimal> maxValue,
    boolean noEcho) {
  private static final Set<String> PROPERTIES =
      Set.of(
          "Type",
          "Default",
          "AllowedValues",
          "AllowedPattern",
          "MinLength",
          "MaxLength",
          "MinValue",
          "MaxValue",
          "NoEcho",
          "Description",
          "ConstraintDescription");

  public ParameterDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    allowedValues = List.copyOf(allowedValues);
  }

  /** Reads every declaration of the {@code Parameters} section at {@code /Parameters}. */
  public static List<ParameterDeclaration> readAll(SourceTree tree) {
    JsonNode section = tree.root().path("Parameters");
    List<ParameterDeclaration> declarations = new ArrayList<>();
    if (section.isMissingNode()) {
      return declarations;
    }
    if (!section.isObject()) {
      throw tree.error(
          "Template format error: Parameters section must be an object", "/Parameters");
    }
    for (Map.Entry<String, JsonNode> entry : section.properties()) {
      String pointer = SourceMap.child("/Parameters", entry.getKey());
      declarations.add(read(entry.getKey(), entry.getValue(), tree, pointer));
    }
    return declarations;
  }

  private static ParameterDeclaration read(
      String name, JsonNode node, SourceTree tree, String pointer) {
    if (!node.isObject() || !node.path("Type").isTextual()) {
      throw tree.error(
          "Template format error: Every Parameters object must contain a Type member.", pointer);
    }
    for (String property : (Iterable<String>) node::fieldNames) {
      if (!PROPERTIES.contains(property)) {
        throw tree.error(
            "Template format error: Invalid template parameter property '" + property + "'",
            SourceMap.child(pointer, property));
      }
    }
    String typeName = node.get("Type").asText();
    if (typeName.startsWith("AWS::SSM::Parameter::")) {
      throw tree.error(
          "Unsupported parameter type "
              + typeName
              + " of parameter "
              + name
              + " at "
              + tree.locate(pointer).map(Object::toString).orElse("an unknown line")
              + ": oidc-rehearsal has no Systems Manager parameters",
          pointer);
    }
    ParameterType type =
        ParameterType.of(typeName)
            .orElseThrow(
                () ->
                    tree.error(
                        "Template format error: Unrecognized parameter type: " + typeName,
                        SourceMap.child(pointer, "Type")));
    Fields fields = new Fields(node, tree, pointer);
    return new ParameterDeclaration(
        name,
        type,
        fields.text("Default"),
        fields.texts("AllowedValues"),
        fields.pattern("AllowedPattern"),
        fields.integer("MinLength"),
        fields.integer("MaxLength"),
        fields.number("MinValue"),
        fields.number("MaxValue"),
        fields.text("NoEcho").map(Boolean::parseBoolean).orElse(false));
  }

  /** Reads the optional fields of one declaration, refusing values of the wrong shape. */
  private record Fields(JsonNode node, SourceTree tree, String pointer) {
    Optional<String> text(String field) {
      JsonNode value = node.get(field);
      if (value == null) {
        return Optional.empty();
      }
      return Optional.of(Scalars.text(value).orElseThrow(() -> invalid(field)));
    }

    List<String> texts(String field) {
      JsonNode value = node.get(field);
      if (value == null) {
        return List.of();
      }
      if (!value.isArray()) {
        throw invalid(field);
      }
      List<String> texts = new ArrayList<>();
      for (JsonNode item : value) {
        texts.add(Scalars.text(item).orElseThrow(() -> invalid(field)));
      }
      return texts;
    }

    Optional<Pattern> pattern(String field) {
      try {
        return text(field).map(Pattern::compile);
      } catch (PatternSyntaxException e) {
        throw invalid(field);
      }
    }

    OptionalInt integer(String field) {
      Optional<BigDecimal> number = number(field);
      if (number.isEmpty()) {
        return OptionalInt.empty();
      }
      try {
        return OptionalInt.of(number.get().intValueExact());
      } catch (ArithmeticException e) {
        throw invalid(field);
      }
    }

    Optional<BigDecimal> number(String field) {
      try {
        return text(field).map(BigDecimal::new);
      } catch (NumberFormatException e) {
        throw invalid(field);
      }
    }

    private RuntimeException invalid(String field) {
      String name = pointer.substring(pointer.lastIndexOf('/') + 1);
      return tree.error(
          "Template format error: Invalid value for parameter property "
              + field
              + " of parameter "
              + name,
          SourceMap.child(pointer, field));
    }
  }
}
