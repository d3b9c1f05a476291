package dev.rehearsal.core.expression;

/**
 * Parses the text of one expression (what stands between {@code ${{} and {@code }}}) into a syntax
 * tree, refusing it as GitHub does: with GitHub's message and the 1-based position of the token at
 * fault.
 *
 * <pre>{@code
 * Expression tree = ExpressionParser.parse("github.ref == 'refs/heads/main'",
 *     ContextAvailability.STEP_IF.scope());
 * }</pre>
 */
public final class ExpressionParser {
  /** The runner's {@code ExpressionConstants.MaxLength}. */
  public static final int MAX_LENGTH = 21000;

  /** The runner's {@code ExpressionConstants.MaxDepth}: nodes from the root to the deepest leaf. */
  public static final int MAX_DEPTH = 50;

  private ExpressionParser() {}

  /**
   * The tree of {@code expression}, using only the contexts and special functions {@code scope}
   * allows.
   *
   * @throws ExpressionException GitHub's refusal: an unexpected symbol or end, an unrecognized
   *     named-value or function, a wrong number of arguments, an expression too long or too deep,
   *     or no expression at all ("An expression was expected")
   */
  public static Expression parse(String expression, Scope scope) {
    return Parser.parse(expression, scope);
  }
}
