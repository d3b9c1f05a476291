package dev.rehearsal.core.expression;

/**
 * One token of an expression: its kind, its text as written, its 0-based index and, for literals,
 * its value (the runner's {@code Token}).
 */
record Token(TokenKind kind, String raw, int index, Value value) {

  boolean isOperator() {
    switch (kind) {
      case START_GROUP:
      case START_INDEX:
      case START_PARAMETERS:
      case END_GROUP:
      case END_INDEX:
      case END_PARAMETERS:
      case SEPARATOR:
      case DEREFERENCE:
      case LOGICAL_OPERATOR:
        return true;
      default:
        return false;
    }
  }

  /** Every operator but {@code !} and {@code (} associates left to right. */
  boolean isLeftToRight() {
    return isOperator() && kind != TokenKind.START_GROUP && !isNot();
  }

  boolean isNot() {
    return kind == TokenKind.LOGICAL_OPERATOR && raw.equals("!");
  }

  /** The runner's {@code Token.Precedence}. */
  int precedence() {
    switch (kind) {
      case START_GROUP:
        return 20;
      case START_INDEX:
      case START_PARAMETERS:
      case DEREFERENCE:
        return 19;
      case LOGICAL_OPERATOR:
        return logicalPrecedence();
      case END_GROUP:
      case END_INDEX:
      case END_PARAMETERS:
      case SEPARATOR:
        return 1;
      default:
        return 0;
    }
  }

  private int logicalPrecedence() {
    switch (raw) {
      case "!":
        return 16;
      case "&&":
        return 6;
      case "||":
        return 5;
      default:
        return Expression.Operator.ofSymbol(raw).precedence();
    }
  }
}
