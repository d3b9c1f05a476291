package dev.rehearsal.core.cloudformation.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Gives each declared parameter its value for a stack: the override, else the {@code Default},
 * checked against the declaration's constraints with CloudFormation's messages ({@code CreateStack}
 * answers {@code ValidationError}: {@code Parameters: [GitHubOrg] must have values}, {@code
 * Parameter 'Env' must be one of AllowedValues}, ...).
 */
public final class ParameterValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ParameterValues() {}

  /**
   * The values of every declared parameter, in declaration order.
   *
   * @throws TemplateException when an override names no parameter, a parameter has no value, or a
   *     value breaks a constraint
   */
  public static Map<String, ParameterValue> resolve(
      List<ParameterDeclaration> declarations, Map<String, String> overrides) {
    Map<String, ParameterValue> values = resolveKnown(declarations, overrides);
    List<String> missing =
        declarations.stream()
            .map(ParameterDeclaration::name)
            .filter(name -> !values.containsKey(name))
            .toList();
    if (!missing.isEmpty()) {
      throw new TemplateException("Parameters: " + list(missing) + " must have values");
    }
    return values;
  }

  /**
   * As {@link #resolve}, leaving out the parameters without a value (neither given nor defaulted),
   * for an analysis that gives them symbols instead.
   */
  public static Map<String, ParameterValue> resolveKnown(
      List<ParameterDeclaration> declarations, Map<String, String> overrides) {
    Set<String> declared =
        declarations.stream().map(ParameterDeclaration::name).collect(Collectors.toSet());
    Set<String> unknown = new TreeSet<>(overrides.keySet());
    unknown.removeAll(declared);
    if (!unknown.isEmpty()) {
      throw new TemplateException("Parameters: " + list(unknown) + " do not exist in the template");
    }
    Map<String, ParameterValue> values = new LinkedHashMap<>();
    for (ParameterDeclaration declaration : declarations) {
      String text = overrides.get(declaration.name());
      if (text == null) {
        text = declaration.defaultValue().orElse(null);
      }
      if (text != null) {
        values.put(declaration.name(), value(declaration, text));
      }
    }
    return values;
  }

  private static String list(Iterable<String> names) {
    return "[" + String.join(", ", names) + "]";
  }

  private static ParameterValue value(ParameterDeclaration declaration, String text) {
    JsonNode ref;
    if (declaration.type().isList()) {
      // A list parameter is given as one comma-separated string (User Guide, "Parameters").
      ArrayNode items = NODES.arrayNode();
      for (String item : text.split(",", -1)) {
        String trimmed = declaration.type().isNumeric() ? item.trim() : item;
        check(declaration, trimmed);
        items.add(trimmed);
      }
      ref = items;
    } else {
      check(declaration, text);
      ref = NODES.textNode(text);
    }
    return new ParameterValue(declaration.name(), text, ref, declaration.noEcho());
  }

  private static void check(ParameterDeclaration declaration, String value) {
    String quoted = "Parameter '" + declaration.name() + "' ";
    if (!declaration.allowedValues().isEmpty() && !declaration.allowedValues().contains(value)) {
      throw new TemplateException(quoted + "must be one of AllowedValues");
    }
    if (declaration.allowedPattern().isPresent()
        && !declaration.allowedPattern().get().matcher(value).matches()) {
      throw new TemplateException(
          quoted + "must match pattern " + declaration.allowedPattern().get().pattern());
    }
    if (declaration.minLength().isPresent()
        && value.length() < declaration.minLength().getAsInt()) {
      throw new TemplateException(
          quoted + "must contain at least " + declaration.minLength().getAsInt() + " characters");
    }
    if (declaration.maxLength().isPresent()
        && value.length() > declaration.maxLength().getAsInt()) {
      throw new TemplateException(
          quoted + "must contain at most " + declaration.maxLength().getAsInt() + " characters");
    }
    if (declaration.type().isNumeric()) {
      checkNumber(declaration, value, quoted);
    }
  }

  private static void checkNumber(ParameterDeclaration declaration, String value, String quoted) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw new TemplateException(quoted + "must be a number");
    }
    if (declaration.minValue().isPresent() && number.compareTo(declaration.minValue().get()) < 0) {
      throw new TemplateException(
          quoted + "must be a number not less than " + declaration.minValue().get());
    }
    if (declaration.maxValue().isPresent() && number.compareTo(declaration.maxValue().get()) > 0) {
      throw new TemplateException(
          quoted + "must be a number not greater than " + declaration.maxValue().get());
    }
  }
}
