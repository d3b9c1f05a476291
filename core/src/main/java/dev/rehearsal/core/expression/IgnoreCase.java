package dev.rehearsal.core.expression;

/**
 * String comparison the way GitHub ignores case: .NET's {@code StringComparison.OrdinalIgnoreCase},
 * which compares the upper-case form of each UTF-16 unit by its code (the runner's {@code
 * EvaluationResult.AbstractEqual}, {@code Contains}, {@code StartsWith}, {@code EndsWith}). Ordinal
 * casing maps nothing into ASCII from outside it, so the dotless {@code ı} and the long {@code ſ}
 * keep their case: {@code 'ı' == 'I'} is false on GitHub (actions/languageservices' shared
 * expression test data, "case-sensitive-ı-I").
 */
final class IgnoreCase {
  private IgnoreCase() {}

  /** The key under which two strings that differ only in case meet. */
  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = upper(chars[i]);
    }
    return new String(chars);
  }

  static boolean equals(String left, String right) {
    return left.length() == right.length() && compare(left, right) == 0;
  }

  /** Negative, zero or positive, as .NET's {@code String.Compare(a, b, OrdinalIgnoreCase)}. */
  static int compare(String left, String right) {
    int length = Math.min(left.length(), right.length());
    for (int i = 0; i < length; i++) {
      int difference = upper(left.charAt(i)) - upper(right.charAt(i));
      if (difference != 0) {
        return difference;
      }
    }
    return left.length() - right.length();
  }

  private static char upper(char c) {
    return c == '\u0131' || c == '\u017f' ? c : Character.toUpperCase(c);
  }

  static boolean contains(String text, String part) {
    return fold(text).contains(fold(part));
  }

  static boolean startsWith(String text, String prefix) {
    return fold(text).startsWith(fold(prefix));
  }

  static boolean endsWith(String text, String suffix) {
    return fold(text).endsWith(fold(suffix));
  }
}
