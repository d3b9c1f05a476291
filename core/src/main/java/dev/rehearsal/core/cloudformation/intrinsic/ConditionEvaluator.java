package dev.rehearsal.core.cloudformation.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearsal.core.cloudformation.source.Scalars;
import dev.rehearsal.core.cloudformation.source.SourceMap;
import java.util.Optional;

/**
 * Evaluates a condition of the {@code Conditions} section (User Guide, "Condition functions"):
 * {@code Fn::Equals}, {@code Fn::Not}, {@code Fn::And}, {@code Fn::Or} (two to ten conditions) and
 * {@code {"Condition": "Other"}}. Values compared by {@code Fn::Equals} are resolved by the value
 * evaluator, so {@code Ref} to parameters and pseudo parameters works inside them.
 */
public final class ConditionEvaluator {
  private static final int MAX_OPERANDS = 10;

  private final Evaluator values;
  private final Scope scope;

  public ConditionEvaluator(Evaluator values, Scope scope) {
    this.values = values;
    this.scope = scope;
  }

  /** The truth of the condition {@code node} at {@code pointer}. */
  public boolean evaluate(JsonNode node, String pointer) {
    if (node.isObject() && node.size() == 1 && node.has(Functions.CONDITION)) {
      JsonNode name = node.get(Functions.CONDITION);
      String inner = SourceMap.child(pointer, Functions.CONDITION);
      if (!name.isTextual()) {
        throw values.error("Template format error: Every Condition member must be a string", inner);
      }
      return scope.condition(name.asText(), inner);
    }
    Optional<String> function = Functions.called(node);
    if (function.isEmpty() || !Functions.CONDITION_FUNCTIONS.contains(function.get())) {
      throw function
          .filter(name -> !Functions.VALUE_FUNCTIONS.contains(name))
          .map(name -> Functions.unsupported(name, values.tree(), pointer))
          .orElseGet(
              () ->
                  values.error(
                      "Template format error: Conditions can only be boolean operations on"
                          + " parameters and other conditions",
                      pointer));
    }
    String name = function.get();
    JsonNode argument = node.get(name);
    String inner = SourceMap.child(pointer, name);
    return switch (name) {
      case Functions.EQUALS -> equal(argument, inner);
      case Functions.NOT ->
          !evaluate(operands(argument, inner, name, 1, 1).get(0), SourceMap.child(inner, 0));
      case Functions.AND -> all(operands(argument, inner, name, 2, MAX_OPERANDS), inner);
      default -> any(operands(argument, inner, name, 2, MAX_OPERANDS), inner);
    };
  }

  private boolean equal(JsonNode argument, String pointer) {
    String message = "Template error: Fn::Equals requires a list argument with two elements";
    if (!argument.isArray() || argument.size() != 2) {
      throw values.error(message, pointer);
    }
    JsonNode left = values.required(argument.get(0), SourceMap.child(pointer, 0), message);
    JsonNode right = values.required(argument.get(1), SourceMap.child(pointer, 1), message);
    // CloudFormation compares strings: 1 and "1" are equal.
    Optional<String> leftText = Scalars.text(left);
    Optional<String> rightText = Scalars.text(right);
    if (leftText.isPresent() && rightText.isPresent()) {
      return leftText.get().equals(rightText.get());
    }
    return left.equals(right);
  }

  private JsonNode operands(JsonNode argument, String pointer, String name, int min, int max) {
    if (!argument.isArray() || argument.size() < min || argument.size() > max) {
      String count = min == max ? "one element" : "between " + min + " and " + max + " elements";
      throw values.error(
          "Template error: " + name + " requires a list argument with " + count, pointer);
    }
    return argument;
  }

  private boolean all(JsonNode operands, String pointer) {
    boolean result = true;
    for (int i = 0; i < operands.size(); i++) {
      result &= evaluate(operands.get(i), SourceMap.child(pointer, i));
    }
    return result;
  }

  private boolean any(JsonNode operands, String pointer) {
    boolean result = false;
    for (int i = 0; i < operands.size(); i++) {
      result |= evaluate(operands.get(i), SourceMap.child(pointer, i));
    }
    return result;
  }
}
