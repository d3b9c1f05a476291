package dev.rehearsal.core.expression;

/** The runner's {@code TokenKind}. */
enum TokenKind {
  START_GROUP, // "(" logical grouping
  START_INDEX, // "["
  START_PARAMETERS, // "(" function call
  END_GROUP, // ")" logical grouping
  END_INDEX, // "]"
  END_PARAMETERS, // ")" function call
  SEPARATOR, // ","
  DEREFERENCE, // "."
  WILDCARD, // "*"
  LOGICAL_OPERATOR, // "!", "==", "&&", …
  NULL,
  BOOLEAN,
  NUMBER,
  STRING,
  PROPERTY_NAME,
  FUNCTION,
  NAMED_VALUE,
  UNEXPECTED;

  /** The kinds after which a value may end: the runner's "follows ), ], *, a literal, …". */
  boolean endsOperand() {
    switch (this) {
      case END_GROUP:
      case END_PARAMETERS:
      case END_INDEX:
      case WILDCARD:
      case NULL:
      case BOOLEAN:
      case NUMBER:
      case STRING:
      case PROPERTY_NAME:
      case NAMED_VALUE:
        return true;
      default:
        return false;
    }
  }

  /**
   * The kinds after which a value may start: "is first or follows ',', '[', '(' or an operator".
   */
  static boolean startsOperandAfter(TokenKind last) {
    return last == null
        || last == SEPARATOR
        || last == START_INDEX
        || last == START_GROUP
        || last == START_PARAMETERS
        || last == LOGICAL_OPERATOR;
  }
}
