package dev.rehearsal.core.expression;

/**
 * Evaluates a syntax tree against contexts with GitHub's semantics: loose equality, case-blind
 * string comparison, {@code &&} and {@code ||} answering one of their operands, object filters, the
 * built-in functions, and the runner's memory limit.
 *
 * <pre>{@code
 * Value value = ExpressionEvaluator.evaluate(tree, contexts);
 * boolean run = value.isTruthy();
 * }</pre>
 */
public final class ExpressionEvaluator {
  private ExpressionEvaluator() {}

  /**
   * @throws ExpressionException what GitHub would report: a malformed {@code format} string,
   *     unparsable {@code fromJSON} text, a {@code case} predicate that is not a boolean, the
   *     memory limit exceeded, a {@code hashFiles} failure, or a hand-built tree GitHub could not
   *     have parsed (too deep, an unknown function, a wrong number of arguments)
   */
  public static Value evaluate(Expression tree, Contexts contexts) {
    Trees.checkDepth(tree, null);
    return new Evaluator(contexts, tree).evaluate(tree, 0);
  }

  /** Parses {@code expression} within {@code scope}, then evaluates it. */
  public static Value evaluate(String expression, Scope scope, Contexts contexts) {
    return evaluate(ExpressionParser.parse(expression, scope), contexts);
  }
}
