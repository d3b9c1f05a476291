package dev.rehearsal.core.expression;

/**
 * An {@code if:} of a job or step, read as GitHub reads it (the runner's {@code
 * WorkflowTemplateConverter.ConvertToIfCondition}): the value may be written with or without {@code
 * ${{ }}}; an empty one means {@code success()}; one that calls no status check function is run as
 * {@code success() && (…)}, "A default status check of success() is applied unless you include one
 * of these functions" (docs, "Status check functions").
 *
 * <p>Text and {@code ${{ }}} mixed, as in {@code if: ${{ a }} == 'b'}, is a string and therefore
 * always true, as on GitHub.
 *
 * <pre>{@code
 * Condition condition = Condition.parse("github.ref == 'refs/heads/main'",
 *     ContextAvailability.STEP_IF.scope());
 * boolean run = condition.evaluate(contexts);
 * }</pre>
 */
public final class Condition {
  private final String source;
  private final String expression;
  private final Expression tree;

  private Condition(String source, String expression, Expression tree) {
    this.source = source;
    this.expression = expression;
    this.tree = tree;
  }

  /**
   * @param condition the {@code if:} value as written
   * @param scope what the condition may use; include the status check functions, which the implicit
   *     {@code success()} calls ({@link ContextAvailability#STEP_IF} and {@link
   *     ContextAvailability#JOB_IF} do)
   * @throws ExpressionException what GitHub refuses in the condition
   */
  public static Condition parse(String condition, Scope scope) {
    Template template = Template.parse(condition, scope);
    String written = template.literal().orElseGet(() -> template.expression().orElseThrow());
    if (Whitespace.isBlank(written)) {
      return of(condition, "success()", scope);
    }
    Expression tree = ExpressionParser.parse(written, scope);
    return Trees.calls(tree, FunctionSpec::isStatusFunction)
        ? new Condition(condition, written, tree)
        : of(condition, "success() && (" + written + ")", scope);
  }

  private static Condition of(String source, String expression, Scope scope) {
    return new Condition(source, expression, ExpressionParser.parse(expression, scope));
  }

  /** The {@code if:} value as written. */
  public String source() {
    return source;
  }

  /** The expression GitHub runs, e.g. {@code success() && (github.ref == 'x')}. */
  public String expression() {
    return expression;
  }

  public Expression tree() {
    return tree;
  }

  /** Whether the job or step runs: the expression's value, truthy or not. */
  public boolean evaluate(Contexts contexts) {
    return ExpressionEvaluator.evaluate(tree, contexts).isTruthy();
  }

  @Override
  public String toString() {
    return "Condition[" + expression + "]";
  }
}
