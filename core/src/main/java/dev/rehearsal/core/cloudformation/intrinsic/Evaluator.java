package dev.rehearsal.core.cloudformation.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.cloudformation.source.Scalars;
import dev.rehearsal.core.cloudformation.source.SourceMap;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import dev.rehearsal.core.cloudformation.source.TemplateException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions of a template value, as CloudFormation does when it creates a
 * stack (User Guide, "Intrinsic function reference", one page per function cited below). The result
 * is plain JSON; a value that resolves to {@code AWS::NoValue} is removed from its object or list
 * (User Guide, "Pseudo parameters reference": {@code AWS::NoValue}).
 */
public final class Evaluator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final String SUB_ARGUMENTS =
      "Template error: One or more Fn::Sub intrinsic functions don't specify expected arguments."
          + " Specify a string as first argument, and an optional second argument to specify a"
          + " mapping of values to replace in the string";
  static final String JOIN_ARGUMENTS =
      "Template error: every Fn::Join object requires two parameters, (1) a string delimiter and"
          + " (2) a list of strings to be joined or a function that returns a list of strings"
          + " (such as Fn::GetAZs) to be joined.";
  static final String SPLIT_ARGUMENTS =
      "Template error: every Fn::Split object requires two parameters, (1) a string delimiter and"
          + " (2) a string to be split or a function that returns a string to be split.";
  static final String SELECT_ARGUMENTS =
      "Template error: Fn::Select requires a list argument with two elements: an integer index"
          + " and a list";
  static final String GET_ATT_ARGUMENTS =
      "Template error: every Fn::GetAtt object requires two non-empty parameters";
  static final String REF_ARGUMENT =
      "Template format error: Every Ref object must have a single String value.";
  static final String IF_ARGUMENTS =
      "Template error: Fn::If requires a list argument with three elements: a condition name and"
          + " two values";
  private static final Pattern INDEX = Pattern.compile("[0-9]{1,9}");

  private final SourceTree tree;
  private final Scope scope;

  public Evaluator(SourceTree tree, Scope scope) {
    this.tree = tree;
    this.scope = scope;
  }

  /** The resolved value at {@code pointer}; empty when it resolves to {@code AWS::NoValue}. */
  public Optional<JsonNode> evaluate(JsonNode node, String pointer) {
    Optional<String> function = Functions.called(node);
    if (function.isPresent()) {
      return call(function.get(), node, pointer);
    }
    if (node.isObject()) {
      ObjectNode object = NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        evaluate(field.getValue(), SourceMap.child(pointer, field.getKey()))
            .ifPresent(value -> object.set(field.getKey(), value));
      }
      return Optional.of(object);
    }
    if (node.isArray()) {
      ArrayNode array = NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        evaluate(node.get(i), SourceMap.child(pointer, i)).ifPresent(array::add);
      }
      return Optional.of(array);
    }
    return Optional.of(node);
  }

  /** The resolved value, which must not be {@code AWS::NoValue}. */
  JsonNode required(JsonNode node, String pointer, String message) {
    return evaluate(node, pointer).orElseThrow(() -> tree.error(message, pointer));
  }

  private Optional<JsonNode> call(String name, JsonNode node, String pointer) {
    JsonNode argument = node.get(name);
    String inner = SourceMap.child(pointer, name);
    return switch (name) {
      case Functions.REF -> ref(argument, inner);
      case Functions.IF -> branch(argument, inner);
      case Functions.SUB -> Optional.of(sub(argument, inner));
      case Functions.GET_ATT -> Optional.of(getAtt(argument, inner));
      case Functions.JOIN -> Optional.of(join(argument, inner));
      case Functions.SELECT -> select(argument, inner);
      case Functions.SPLIT -> Optional.of(split(argument, inner));
      case Functions.EQUALS, Functions.NOT, Functions.AND, Functions.OR ->
          throw tree.error(
              "Template format error: "
                  + name
                  + " is a condition function; it can only be used"
                  + " in the Conditions section",
              inner);
      default ->
          Optional.of(
              scope
                  .unevaluated(name, pointer)
                  .orElseThrow(() -> Functions.unsupported(name, tree, pointer)));
    };
  }

  /** User Guide, "Ref": the value of a parameter, pseudo parameter or resource. */
  private Optional<JsonNode> ref(JsonNode argument, String pointer) {
    if (!argument.isTextual()) {
      throw tree.error(REF_ARGUMENT, pointer);
    }
    return scope.ref(argument.asText(), pointer);
  }

  /** User Guide, "Fn::GetAtt": {@code [LogicalId, Attribute]}. */
  private JsonNode getAtt(JsonNode argument, String pointer) {
    if (!argument.isArray() || argument.size() != 2) {
      throw tree.error(GET_ATT_ARGUMENTS, pointer);
    }
    String resource = text(argument.get(0), SourceMap.child(pointer, 0), GET_ATT_ARGUMENTS);
    String attribute = text(argument.get(1), SourceMap.child(pointer, 1), GET_ATT_ARGUMENTS);
    if (resource.isEmpty() || attribute.isEmpty()) {
      throw tree.error(GET_ATT_ARGUMENTS, pointer);
    }
    return scope.getAtt(resource, attribute, pointer);
  }

  /** User Guide, "Condition functions", {@code Fn::If}: {@code [Condition, IfTrue, IfFalse]}. */
  private Optional<JsonNode> branch(JsonNode argument, String pointer) {
    if (!argument.isArray() || argument.size() != 3 || !argument.get(0).isTextual()) {
      throw tree.error(IF_ARGUMENTS, pointer);
    }
    int chosen = scope.condition(argument.get(0).asText(), pointer) ? 1 : 2;
    return evaluate(argument.get(chosen), SourceMap.child(pointer, chosen));
  }

  /** User Guide, "Fn::Sub": a string, or {@code [string, {Var: value}]}. */
  private JsonNode sub(JsonNode argument, String pointer) {
    JsonNode template = argument;
    JsonNode variables = NODES.objectNode();
    String variablesPointer = SourceMap.child(pointer, 1);
    if (argument.isArray()) {
      if (argument.size() != 2 || !argument.get(1).isObject()) {
        throw tree.error(SUB_ARGUMENTS, pointer);
      }
      template = argument.get(0);
      variables = argument.get(1);
    }
    if (!template.isTextual()) {
      throw tree.error(SUB_ARGUMENTS, pointer);
    }
    StringBuilder result = new StringBuilder();
    for (SubTemplate.Part part : SubTemplate.parse(template.asText()).parts()) {
      if (!part.variable()) {
        result.append(part.text());
      } else if (variables.has(part.text())) {
        String at = SourceMap.child(variablesPointer, part.text());
        result.append(
            text(required(variables.get(part.text()), at, SUB_ARGUMENTS), at, SUB_ARGUMENTS));
      } else {
        result.append(variable(part.text(), pointer));
      }
    }
    return NODES.textNode(result.toString());
  }

  private String variable(String name, String pointer) {
    JsonNode value;
    int dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith("AWS::")) {
      value = scope.getAtt(name.substring(0, dot), name.substring(dot + 1), pointer);
    } else {
      value = scope.ref(name, pointer).orElseThrow(() -> tree.error(SUB_ARGUMENTS, pointer));
    }
    return Scalars.text(value)
        .orElseThrow(
            () ->
                tree.error(
                    "Template error: variable "
                        + name
                        + " in Fn::Sub expression does not resolve"
                        + " to a string",
                    pointer));
  }

  /** User Guide, "Fn::Join": {@code [delimiter, [values]]}. */
  private JsonNode join(JsonNode argument, String pointer) {
    if (!argument.isArray() || argument.size() != 2) {
      throw tree.error(JOIN_ARGUMENTS, pointer);
    }
    String delimiter = text(argument.get(0), SourceMap.child(pointer, 0), JOIN_ARGUMENTS);
    String listPointer = SourceMap.child(pointer, 1);
    JsonNode list = required(argument.get(1), listPointer, JOIN_ARGUMENTS);
    if (!list.isArray()) {
      throw tree.error(JOIN_ARGUMENTS, pointer);
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        joined.append(delimiter);
      }
      joined.append(text(list.get(i), SourceMap.child(listPointer, i), JOIN_ARGUMENTS));
    }
    return NODES.textNode(joined.toString());
  }

  /** User Guide, "Fn::Select": {@code [index, [values]]}; the index may be a string. */
  private Optional<JsonNode> select(JsonNode argument, String pointer) {
    if (!argument.isArray() || argument.size() != 2) {
      throw tree.error(SELECT_ARGUMENTS, pointer);
    }
    String indexPointer = SourceMap.child(pointer, 0);
    String index =
        text(
            required(argument.get(0), indexPointer, SELECT_ARGUMENTS),
            indexPointer,
            SELECT_ARGUMENTS);
    JsonNode list = required(argument.get(1), SourceMap.child(pointer, 1), SELECT_ARGUMENTS);
    if (!INDEX.matcher(index).matches() || !list.isArray()) {
      throw tree.error(SELECT_ARGUMENTS, pointer);
    }
    int position = Integer.parseInt(index);
    if (position >= list.size() || list.get(position).isNull()) {
      throw tree.error(
          "Template error: Fn::Select cannot select nonexistent value at index " + position,
          pointer);
    }
    return Optional.of(list.get(position));
  }

  /** User Guide, "Fn::Split": {@code [delimiter, string]}; empty fields are kept. */
  private JsonNode split(JsonNode argument, String pointer) {
    if (!argument.isArray() || argument.size() != 2) {
      throw tree.error(SPLIT_ARGUMENTS, pointer);
    }
    String delimiter = text(argument.get(0), SourceMap.child(pointer, 0), SPLIT_ARGUMENTS);
    String sourcePointer = SourceMap.child(pointer, 1);
    String source =
        text(
            required(argument.get(1), sourcePointer, SPLIT_ARGUMENTS),
            sourcePointer,
            SPLIT_ARGUMENTS);
    if (delimiter.isEmpty()) {
      throw tree.error(SPLIT_ARGUMENTS, pointer);
    }
    ArrayNode parts = NODES.arrayNode();
    int from = 0;
    int next;
    while ((next = source.indexOf(delimiter, from)) >= 0) {
      parts.add(source.substring(from, next));
      from = next + delimiter.length();
    }
    parts.add(source.substring(from));
    return parts;
  }

  /** The text of a value that must be a string once resolved. */
  private String text(JsonNode node, String pointer, String message) {
    JsonNode value = Functions.called(node).isPresent() ? required(node, pointer, message) : node;
    return Scalars.text(value).orElseThrow(() -> tree.error(message, pointer));
  }

  SourceTree tree() {
    return tree;
  }

  /** Errors for the condition evaluator, located like every other. */
  TemplateException error(String message, String pointer) {
    return tree.error(message, pointer);
  }
}
