package dev.rehearsal.core.evaluation;

/**
 * The syntax of one policy variable, {@code ${key}} or {@code ${key, 'default'}} (IAM User Guide,
 * "IAM policy elements: Variables and tags", "Specifying default values"). Spaces around the key
 * and the quoted default are ignored; inside the default a quote is written {@code ''}, so the
 * closing brace is found by reading the quotes rather than by searching for {@code }}.
 */
final class VariableSyntax {
  private VariableSyntax() {}

  /** The index just past the variable that starts at {@code start}, or -1 if it is malformed. */
  static int end(String text, int start) {
    int at = start + 2;
    while (at < text.length() && text.charAt(at) != '}' && text.charAt(at) != ',') {
      at++;
    }
    if (at >= text.length()) {
      return -1;
    }
    if (text.charAt(at) == '}') {
      return text.substring(start + 2, at).isBlank() ? -1 : at + 1;
    }
    at = skipSpaces(text, at + 1);
    if (at >= text.length() || text.charAt(at) != '\'') {
      return -1;
    }
    at = closingQuote(text, at + 1);
    if (at < 0) {
      return -1;
    }
    at = skipSpaces(text, at + 1);
    return at < text.length() && text.charAt(at) == '}' ? at + 1 : -1;
  }

  /** The text between {@code ${} and {@code }}, trimmed. */
  static String inner(String variable) {
    return variable.substring(2, variable.length() - 1).trim();
  }

  static String key(String inner) {
    int comma = inner.indexOf(',');
    return (comma < 0 ? inner : inner.substring(0, comma)).trim();
  }

  /**
   * The default value without its quotes, {@code ''} read as one quote; null when there is none.
   */
  static String defaultValue(String inner) {
    int comma = inner.indexOf(',');
    if (comma < 0) {
      return null;
    }
    String quoted = inner.substring(comma + 1).trim();
    return quoted.substring(1, quoted.length() - 1).replace("''", "'");
  }

  private static int skipSpaces(String text, int at) {
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    return at;
  }

  private static int closingQuote(String text, int at) {
    while (at < text.length()) {
      if (text.charAt(at) == '\'') {
        if (at + 1 < text.length() && text.charAt(at + 1) == '\'') {
          at += 2;
          continue;
        }
        return at;
      }
      at++;
    }
    return -1;
  }
}
