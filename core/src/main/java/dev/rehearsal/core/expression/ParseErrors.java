package dev.rehearsal.core.expression;

/**
 * GitHub's words for an expression it cannot parse (the runner's {@code ParseException}: "{kind}:
 * '{token}'. Located at position {index + 1} within expression: {expression}"), and the template
 * reader's for an empty or unclosed {@code ${{ }}} ({@code TemplateStrings}).
 */
final class ParseErrors {
  private ParseErrors() {}

  static ExpressionException exceededMaxDepth(String expression) {
    return new ExpressionException(
        "Exceeded max expression depth " + ExpressionParser.MAX_DEPTH, expression, 0);
  }

  static ExpressionException exceededMaxLength(String expression) {
    return new ExpressionException(
        "Exceeded max expression length " + ExpressionParser.MAX_LENGTH, expression, 0);
  }

  static ExpressionException tooFewParameters(Token token, String expression) {
    return located("Too few parameters supplied", token, expression);
  }

  static ExpressionException tooManyParameters(Token token, String expression) {
    return located("Too many parameters supplied", token, expression);
  }

  static ExpressionException evenParameters(Token token, String expression) {
    return located(
        "Even number of parameters supplied, requires an odd number of parameters",
        token,
        expression);
  }

  static ExpressionException unexpectedEnd(Token token, String expression) {
    return located("Unexpected end of expression", token, expression);
  }

  static ExpressionException unexpectedSymbol(Token token, String expression) {
    return located("Unexpected symbol", token, expression);
  }

  static ExpressionException unrecognizedFunction(Token token, String expression) {
    return located("Unrecognized function", token, expression);
  }

  static ExpressionException unrecognizedNamedValue(Token token, String expression) {
    return located("Unrecognized named-value", token, expression);
  }

  static ExpressionException expectedExpression() {
    return new ExpressionException("An expression was expected");
  }

  static ExpressionException expressionNotClosed(String template, int index) {
    return new ExpressionException(
        "The expression is not closed. An unescaped ${{ sequence was found, but the closing }}"
            + " sequence was not found.",
        template,
        index + 1);
  }

  private static ExpressionException located(String description, Token token, String expression) {
    int position = token.index() + 1;
    return new ExpressionException(
        description
            + ": '"
            + token.raw()
            + "'. Located at position "
            + position
            + " within expression: "
            + expression,
        expression,
        position);
  }
}
