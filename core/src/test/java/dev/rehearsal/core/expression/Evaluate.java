package dev.rehearsal.core.expression;

import java.util.Map;

/** Evaluation for the tests: any context and function allowed, contexts given as Java data. */
final class Evaluate {
  private Evaluate() {}

  static Value expression(String expression) {
    return expression(expression, Map.of());
  }

  static Value expression(String expression, Map<String, ?> contexts) {
    return ExpressionEvaluator.evaluate(expression, Scope.permissive(), contexts(contexts));
  }

  static Contexts contexts(Map<String, ?> contexts) {
    Contexts.Builder builder = Contexts.builder();
    contexts.forEach((name, value) -> builder.put(name, Values.of(value)));
    return builder.build();
  }

  static Expression parse(String expression) {
    return ExpressionParser.parse(expression, Scope.permissive());
  }
}
