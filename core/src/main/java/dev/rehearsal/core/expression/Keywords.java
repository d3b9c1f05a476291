package dev.rehearsal.core.expression;

/**
 * GitHub's identifiers: a letter or {@code _}, then letters, digits, {@code _} and {@code -} (the
 * runner's {@code ExpressionUtility.IsLegalKeyword}), so {@code steps.my-step.outputs} is a path.
 */
final class Keywords {
  private Keywords() {}

  static boolean isLegal(String text) {
    if (text.isEmpty() || !(isLetter(text.charAt(0)) || text.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
