package dev.rehearsal.core.expression;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Splits an expression into tokens, one at a time, and decides whether each may follow the one
 * before it: a token out of place comes back as {@link TokenKind#UNEXPECTED} (the runner's {@code
 * LexicalAnalyzer}, whose rules this follows line by line).
 */
final class Lexer {
  /** The characters that begin {@code !}, {@code !=}, {@code >}, {@code ==}, {@code &&}, …. */
  private static final String OPERATOR_STARTS = "!><=&|";

  private final String expression;
  private final Deque<Token> unclosed = new ArrayDeque<>();
  private int index;
  private Token last;

  Lexer(String expression) {
    this.expression = expression;
  }

  /** Whether a {@code (}, {@code [} or function call is still open. */
  boolean hasUnclosed() {
    return !unclosed.isEmpty();
  }

  /** The next token, or {@code null} at the end. */
  Token next() {
    while (index < expression.length() && Whitespace.is(expression.charAt(index))) {
      index++;
    }
    if (index >= expression.length()) {
      return null;
    }
    last = read(expression.charAt(index));
    return last;
  }

  private Token read(char c) {
    switch (c) {
      case '(':
        return single(
            lastIs(TokenKind.FUNCTION) ? TokenKind.START_PARAMETERS : TokenKind.START_GROUP);
      case '[':
        return single(TokenKind.START_INDEX);
      case ')':
        return single(
            unclosedIs(TokenKind.START_PARAMETERS)
                ? TokenKind.END_PARAMETERS
                : TokenKind.END_GROUP);
      case ']':
        return single(TokenKind.END_INDEX);
      case ',':
        return single(TokenKind.SEPARATOR);
      case '*':
        return single(TokenKind.WILDCARD);
      case '\'':
        return readString();
      default:
        return OPERATOR_STARTS.indexOf(c) >= 0 ? readOperator() : readOther(c);
    }
  }

  private Token readOther(char c) {
    if (c == '.') {
      // A "." where a value may start begins a number such as ".5".
      return TokenKind.startsOperandAfter(lastKind())
          ? readNumber()
          : single(TokenKind.DEREFERENCE);
    }
    if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
      return readNumber();
    }
    return readKeyword();
  }

  private Token single(TokenKind kind) {
    return create(kind, String.valueOf(expression.charAt(index)), index++, null);
  }

  private Token readNumber() {
    int start = index;
    do {
      index++;
    } while (index < expression.length()
        && (!isBoundary(expression.charAt(index)) || expression.charAt(index) == '.'));
    String raw = expression.substring(start, index);
    double number = Numbers.parse(raw);
    return Double.isNaN(number)
        ? unexpected(raw, start)
        : create(TokenKind.NUMBER, raw, start, Value.of(number));
  }

  private Token readKeyword() {
    int start = index;
    do {
      index++;
    } while (index < expression.length() && !isBoundary(expression.charAt(index)));
    String raw = expression.substring(start, index);
    if (!Keywords.isLegal(raw)) {
      return unexpected(raw, start);
    }
    if (lastIs(TokenKind.DEREFERENCE)) {
      return create(TokenKind.PROPERTY_NAME, raw, start, null);
    }
    // Literal keywords are case-sensitive: "True" is a named-value.
    switch (raw) {
      case "null":
        return create(TokenKind.NULL, raw, start, Value.NULL);
      case "true":
        return create(TokenKind.BOOLEAN, raw, start, Value.TRUE);
      case "false":
        return create(TokenKind.BOOLEAN, raw, start, Value.FALSE);
      case "NaN":
        return create(TokenKind.NUMBER, raw, start, Value.of(Double.NaN));
      case "Infinity":
        return create(TokenKind.NUMBER, raw, start, Value.of(Double.POSITIVE_INFINITY));
      default:
        return create(
            followedByParenthesis() ? TokenKind.FUNCTION : TokenKind.NAMED_VALUE, raw, start, null);
    }
  }

  private boolean followedByParenthesis() {
    int ahead = index;
    while (ahead < expression.length() && Whitespace.is(expression.charAt(ahead))) {
      ahead++;
    }
    return ahead < expression.length() && expression.charAt(ahead) == '(';
  }

  /** {@code 'It''s'}: a quote inside a string is written twice. */
  private Token readString() {
    int start = index;
    StringBuilder value = new StringBuilder();
    boolean closed = false;
    index++;
    while (index < expression.length()) {
      char c = expression.charAt(index++);
      if (c == '\'') {
        if (index >= expression.length() || expression.charAt(index) != '\'') {
          closed = true;
          break;
        }
        index++;
      }
      value.append(c);
    }
    String raw = expression.substring(start, index);
    return closed
        ? create(TokenKind.STRING, raw, start, Value.of(value.toString()))
        : unexpected(raw, start);
  }

  private Token readOperator() {
    int start = index;
    if (start + 1 < expression.length()) {
      String two = expression.substring(start, start + 2);
      if (two.equals("!=")
          || two.equals(">=")
          || two.equals("<=")
          || two.equals("==")
          || two.equals("&&")
          || two.equals("||")) {
        index += 2;
        return create(TokenKind.LOGICAL_OPERATOR, two, start, null);
      }
    }
    char c = expression.charAt(start);
    index++;
    if (c == '!' || c == '>' || c == '<') {
      return create(TokenKind.LOGICAL_OPERATOR, String.valueOf(c), start, null);
    }
    while (index < expression.length() && !isBoundary(expression.charAt(index))) {
      index++;
    }
    return unexpected(expression.substring(start, index), start);
  }

  /** Where a keyword, number or unknown operator ends. */
  private static boolean isBoundary(char c) {
    return "([)],.".indexOf(c) >= 0 || OPERATOR_STARTS.indexOf(c) >= 0 || Whitespace.is(c);
  }

  private Token unexpected(String raw, int start) {
    return new Token(TokenKind.UNEXPECTED, raw, start, null);
  }

  /** A token if it may follow the last one, else {@link TokenKind#UNEXPECTED}. */
  private Token create(TokenKind kind, String raw, int start, Value value) {
    if (!TokenOrder.isLegal(kind, raw, lastKind())) {
      return unexpected(raw, start);
    }
    Token token = new Token(kind, raw, start, value);
    switch (kind) {
      case START_GROUP:
      case START_INDEX:
      case START_PARAMETERS:
        unclosed.push(token);
        return token;
      case END_GROUP:
        return close(token, TokenKind.START_GROUP);
      case END_INDEX:
        return close(token, TokenKind.START_INDEX);
      case END_PARAMETERS:
        return close(token, TokenKind.START_PARAMETERS);
      case SEPARATOR:
        return unclosedIs(TokenKind.START_PARAMETERS) ? token : unexpected(raw, start);
      default:
        return token;
    }
  }

  private Token close(Token token, TokenKind opener) {
    if (!unclosedIs(opener)) {
      return unexpected(token.raw(), token.index());
    }
    unclosed.pop();
    return token;
  }

  private boolean unclosedIs(TokenKind kind) {
    return !unclosed.isEmpty() && unclosed.peek().kind() == kind;
  }

  private boolean lastIs(TokenKind kind) {
    return lastKind() == kind;
  }

  private TokenKind lastKind() {
    return last == null ? null : last.kind();
  }
}
