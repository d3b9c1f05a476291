package dev.rehearsal.core.expression;

/**
 * Which token may follow which: the runner's {@code LexicalAnalyzer.CreateToken} checks, the whole
 * of GitHub's grammar except bracket matching and the end of the expression.
 */
final class TokenOrder {
  private TokenOrder() {}

  static boolean isLegal(TokenKind kind, String raw, TokenKind last) {
    switch (kind) {
      case START_GROUP:
      case NULL:
      case BOOLEAN:
      case NUMBER:
      case STRING:
      case FUNCTION:
      case NAMED_VALUE:
        return TokenKind.startsOperandAfter(last);
      case START_INDEX:
      case DEREFERENCE:
        // Follows ")", "]", "*", a property name or a named-value: not a literal.
        return last != null && last.endsOperand() && !isLiteral(last);
      case START_PARAMETERS:
        return last == TokenKind.FUNCTION;
      case END_GROUP:
      case END_INDEX:
      case SEPARATOR:
        return last != null && last.endsOperand();
      case END_PARAMETERS:
        return last == TokenKind.START_PARAMETERS || (last != null && last.endsOperand());
      case WILDCARD:
        return last == TokenKind.START_INDEX || last == TokenKind.DEREFERENCE;
      case PROPERTY_NAME:
        return last == TokenKind.DEREFERENCE;
      case LOGICAL_OPERATOR:
        return raw.equals("!")
            ? TokenKind.startsOperandAfter(last)
            : last != null && last.endsOperand();
      default:
        return false;
    }
  }

  private static boolean isLiteral(TokenKind kind) {
    return kind == TokenKind.NULL
        || kind == TokenKind.BOOLEAN
        || kind == TokenKind.NUMBER
        || kind == TokenKind.STRING;
  }
}
