package dev.rehearsal.core.expression;

/**
 * White space as .NET's {@code Char.IsWhiteSpace} knows it, which decides where the runner's lexer
 * splits tokens and what {@code String.Trim} removes before a string becomes a number. It differs
 * from Java's {@code Character.isWhitespace}: no-break spaces count, U+001C..U+001F do not.
 */
final class Whitespace {
  private Whitespace() {}

  static boolean is(char c) {
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u0085') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && is(text.charAt(start))) {
      start++;
    }
    while (end > start && is(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  static boolean isBlank(String text) {
    return trim(text).isEmpty();
  }
}
