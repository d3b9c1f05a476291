package dev.rehearsal.core.cloudformation.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.source.SourceMap;
import dev.rehearsal.core.cloudformation.source.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, without resolving anything, every name a template value refers to — what CloudFormation
 * uses to order resource creation (User Guide, "DependsOn attribute": "resources that use Ref or
 * Fn::GetAtt ... depend on" the resources they name) — and refuses, with its line, any function
 * this rehearsal does not model.
 */
public final class References {
  private final SourceTree tree;
  private final List<Reference> found = new ArrayList<>();
  private final boolean anyFunction;

  private References(SourceTree tree, boolean anyFunction) {
    this.tree = tree;
    this.anyFunction = anyFunction;
  }

  /**
   * The references of a value in {@code Resources} or {@code Outputs}; with {@code anyFunction} (a
   * template read for analysis) a function not modelled is looked into instead of refused.
   */
  public static List<Reference> inValue(
      SourceTree tree, JsonNode node, String pointer, boolean anyFunction) {
    References references = new References(tree, anyFunction);
    references.value(node, pointer, false);
    return List.copyOf(references.found);
  }

  /** The references of a condition in the {@code Conditions} section (see {@link #inValue}). */
  public static List<Reference> inCondition(
      SourceTree tree, JsonNode node, String pointer, boolean anyFunction) {
    References references = new References(tree, anyFunction);
    references.value(node, pointer, true);
    return List.copyOf(references.found);
  }

  private void value(JsonNode node, String pointer, boolean condition) {
    if (condition && node.isObject() && node.size() == 1 && node.has(Functions.CONDITION)) {
      JsonNode name = node.get(Functions.CONDITION);
      if (name.isTextual()) {
        add(Reference.Kind.CONDITION, name.asText(), null, pointer);
      }
      return;
    }
    Optional<String> function = Functions.called(node);
    if (function.isPresent()) {
      call(
          function.get(),
          node.get(function.get()),
          SourceMap.child(pointer, function.get()),
          condition);
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        value(field.getValue(), SourceMap.child(pointer, field.getKey()), condition);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        value(node.get(i), SourceMap.child(pointer, i), condition);
      }
    }
  }

  private void call(String name, JsonNode argument, String pointer, boolean condition) {
    if (!Functions.VALUE_FUNCTIONS.contains(name)
        && !Functions.CONDITION_FUNCTIONS.contains(name)) {
      if (!anyFunction) {
        throw Functions.unsupported(name, tree, pointer);
      }
      value(argument, pointer, condition);
      return;
    }
    switch (name) {
      case Functions.REF -> {
        if (argument.isTextual()) {
          add(Reference.Kind.REF, argument.asText(), null, pointer);
        }
      }
      case Functions.GET_ATT -> getAtt(argument, pointer);
      case Functions.SUB -> sub(argument, pointer, condition);
      case Functions.IF -> {
        if (argument.isArray() && argument.size() > 0 && argument.get(0).isTextual()) {
          add(Reference.Kind.CONDITION, argument.get(0).asText(), null, pointer);
        }
        value(argument, pointer, condition);
      }
      default -> value(argument, pointer, condition);
    }
  }

  private void getAtt(JsonNode argument, String pointer) {
    if (argument.isArray()
        && argument.size() == 2
        && argument.get(0).isTextual()
        && argument.get(1).isTextual()) {
      add(Reference.Kind.GET_ATT, argument.get(0).asText(), argument.get(1).asText(), pointer);
    }
  }

  private void sub(JsonNode argument, String pointer, boolean condition) {
    JsonNode template = argument;
    JsonNode variables = null;
    if (argument.isArray() && argument.size() == 2) {
      template = argument.get(0);
      variables = argument.get(1);
      value(variables, SourceMap.child(pointer, 1), condition);
    }
    if (!template.isTextual()) {
      return;
    }
    for (String variable : SubTemplate.parse(template.asText()).variables()) {
      if (variables != null && variables.has(variable)) {
        continue;
      }
      int dot = variable.indexOf('.');
      if (dot > 0 && !variable.startsWith("AWS::")) {
        add(
            Reference.Kind.GET_ATT,
            variable.substring(0, dot),
            variable.substring(dot + 1),
            pointer);
      } else {
        add(Reference.Kind.REF, variable, null, pointer);
      }
    }
  }

  private void add(Reference.Kind kind, String target, String attribute, String pointer) {
    found.add(new Reference(kind, target, Optional.ofNullable(attribute), pointer));
  }
}
