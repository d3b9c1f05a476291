package dev.rehearsal.runner.command;

/**
 * The escaping of workflow commands, as actions/runner reads it ({@code src/Runner.Common/
 * ActionCommand.cs}) and @actions/core writes it ({@code packages/core/src/command.ts}): in the
 * data {@code %25 %0D %0A}; in a property value also {@code %3A} (:) and {@code %2C} (,). The
 * legacy {@code ##[name k=v;]data} form escapes {@code ;} and {@code ]} instead. Unescaping
 * replaces each escape in turn, {@code %25} last, exactly as the runner does.
 */
public final class CommandEscaping {
  private static final String[][] DATA = {{"\r", "%0D"}, {"\n", "%0A"}, {"%", "%25"}};
  private static final String[][] PROPERTY = {
    {"\r", "%0D"}, {"\n", "%0A"}, {":", "%3A"}, {",", "%2C"}, {"%", "%25"}
  };
  private static final String[][] LEGACY = {
    {";", "%3B"}, {"\r", "%0D"}, {"\n", "%0A"}, {"]", "%5D"}, {"%", "%25"}
  };

  private CommandEscaping() {}

  public static String unescapeData(String escaped) {
    return unescape(escaped, DATA);
  }

  public static String unescapeProperty(String escaped) {
    return unescape(escaped, PROPERTY);
  }

  static String unescapeLegacy(String escaped) {
    return unescape(escaped, LEGACY);
  }

  /** The data of a command as @actions/core escapes it ({@code escapeData}). */
  public static String escapeData(String value) {
    return escape(value, DATA);
  }

  /** A property value as @actions/core escapes it ({@code escapeProperty}). */
  public static String escapeProperty(String value) {
    return escape(value, PROPERTY);
  }

  private static String unescape(String escaped, String[][] mappings) {
    String unescaped = escaped;
    for (String[] mapping : mappings) {
      unescaped = unescaped.replace(mapping[1], mapping[0]);
    }
    return unescaped;
  }

  private static String escape(String value, String[][] mappings) {
    String escaped = value;
    // '%' first, so that the escapes written afterwards are not escaped again.
    for (int i = mappings.length - 1; i >= 0; i--) {
      escaped = escaped.replace(mappings[i][0], mappings[i][1]);
    }
    return escaped;
  }
}
