package dev.rehearsal.core.github;

/**
 * The shapes of a workflow run's values, matched character by character: a run is validated for
 * every scenario of a check (100,000 in a generated matrix), and a regular expression's matcher per
 * value cost more than the rest of reading the scenario. Each method matches exactly what the
 * regular expression in its comment matches ({@code RunSyntaxProperties} compares them).
 */
final class RunSyntax {
  private static final char[] LINE_TERMINATORS = {'\n', '\r', '\u0085', '\u2028', '\u2029'};
  private static final String[] REF_PREFIXES = {"refs/heads/", "refs/tags/", "refs/pull/"};

  private RunSyntax() {}

  /**
   * {@code [A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?/[A-Za-z0-9._-]{1,100}}: a login (GitHub's
   * sign-up form: alphanumerics and inner hyphens, at most 39), '/', a repository name (the
   * new-repository form: alphanumerics, '.', '_' and '-', at most 100).
   */
  static boolean repository(String value) {
    int slash = value.indexOf('/');
    if (slash < 0 || !login(value, 0, slash)) {
      return false;
    }
    int length = value.length() - slash - 1;
    if (length < 1 || length > 100) {
      return false;
    }
    for (int i = slash + 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!alphanumeric(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code LOGIN(?:\[bot])?}: a login, or an app's NAME[bot]. */
  static boolean actor(String value) {
    int end = value.endsWith("[bot]") ? value.length() - 5 : value.length();
    return login(value, 0, end);
  }

  /** {@code [1-9][0-9]{0,18}}. */
  static boolean id(String value) {
    if (value.isEmpty() || value.length() > 19 || value.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!digit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code [0-9a-f]{40}|[0-9a-f]{64}}. */
  static boolean sha(String value) {
    if (value.length() != 40 && value.length() != 64) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!digit(c) && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /** {@code refs/(?:heads|tags|pull)/.+}. */
  static boolean ref(String value) {
    for (String prefix : REF_PREFIXES) {
      if (value.startsWith(prefix)) {
        return anyLine(value, prefix.length());
      }
    }
    return false;
  }

  /** {@code [a-z_]+}. */
  static boolean event(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 'a' || c > 'z') && c != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code [^/]+/[^/]+/[^@]+@refs/.+}: OWNER/REPO/PATH@FULL_REF. The two first parts end at the
   * first two slashes and the path at the first '@' after them, so there is one way to match.
   */
  static boolean workflowRef(String value) {
    int first = value.indexOf('/');
    int second = first < 0 ? -1 : value.indexOf('/', first + 1);
    if (first < 1 || second < first + 2) {
      return false;
    }
    int at = value.indexOf('@', second + 1);
    return at > second + 1 && value.startsWith("@refs/", at) && anyLine(value, at + 6);
  }

  /** {@code .+} from {@code from}: one character or more, none a line terminator. */
  private static boolean anyLine(String value, int from) {
    if (from >= value.length()) {
      return false;
    }
    // indexOf rather than charAt per character: with C1 only, charAt's checks cost the most here.
    for (char c : LINE_TERMINATORS) {
      if (value.indexOf(c, from) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?} over {@code [from, to)}. */
  private static boolean login(String value, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 39) {
      return false;
    }
    if (!alphanumeric(value.charAt(from)) || !alphanumeric(value.charAt(to - 1))) {
      return false;
    }
    for (int i = from + 1; i < to - 1; i++) {
      char c = value.charAt(i);
      if (!alphanumeric(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean alphanumeric(char c) {
    return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
