package dev.rehearsal.runner.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a line of step output as a workflow command, as actions/runner's {@code ActionCommand} does
 * ({@code TryParseV2}, then the legacy {@code TryParse}): {@code ::name k=v,k=v::data} after
 * leading white space, or {@code ##[name k=v;k=v]data} anywhere in the line. Only names in {@code
 * registered} (compared ignoring case) are commands; any other line is plain output. Never throws:
 * a line is a command or it is not.
 */
public final class WorkflowCommandParser {
  private static final String KEY = "::";
  private static final String LEGACY_PREFIX = "##[";

  private WorkflowCommandParser() {}

  /** The names compared ignoring case, as the runner's {@code HashSet(OrdinalIgnoreCase)}. */
  public static Set<String> names(String... names) {
    TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(Set.of(names));
    return set;
  }

  public static Optional<WorkflowCommand> parse(String line, Set<String> registered) {
    if (line == null || line.isEmpty()) {
      return Optional.empty();
    }
    Optional<WorkflowCommand> command = parseV2(line, registered);
    return command.isPresent() ? command : parseLegacy(line, registered);
  }

  private static Optional<WorkflowCommand> parseV2(String line, Set<String> registered) {
    String message = line.stripLeading();
    if (!message.startsWith(KEY)) {
      return Optional.empty();
    }
    int end = message.indexOf(KEY, KEY.length());
    if (end < 0) {
      return Optional.empty();
    }
    return command(
        message.substring(KEY.length(), end),
        message.substring(end + KEY.length()),
        registered,
        true);
  }

  private static Optional<WorkflowCommand> parseLegacy(String line, Set<String> registered) {
    int prefix = line.indexOf(LEGACY_PREFIX);
    if (prefix < 0) {
      return Optional.empty();
    }
    int bracket = line.indexOf(']', prefix);
    if (bracket < 0) {
      return Optional.empty();
    }
    return command(
        line.substring(prefix + LEGACY_PREFIX.length(), bracket),
        line.substring(bracket + 1),
        registered,
        false);
  }

  /**
   * {@code info} is {@code name[ properties]}: properties split by {@code ,} (trimmed) in the
   * {@code ::} form, by {@code ;} in the legacy one, each form with its own escapes.
   */
  private static Optional<WorkflowCommand> command(
      String info, String data, Set<String> registered, boolean v2) {
    int space = info.indexOf(' ');
    String name = space < 0 ? info : info.substring(0, space);
    if (name.isEmpty() || !registered.contains(name)) {
      return Optional.empty();
    }
    Map<String, String> properties = new HashMap<>();
    if (space > 0) {
      String list = info.substring(space + 1);
      for (String pair : v2 ? list.strip().split(",") : list.split(";")) {
        putPair(properties, pair, v2);
      }
    }
    String unescaped =
        v2 ? CommandEscaping.unescapeData(data) : CommandEscaping.unescapeLegacy(data);
    return Optional.of(new WorkflowCommand(name, properties, unescaped));
  }

  /**
   * {@code key=value} split as .NET's {@code Split('=', 2, RemoveEmptyEntries)} splits it: leading
   * empty pieces skipped ({@code =k=v} is {@code k}, {@code v}), the rest after the key is the
   * value, and a pair left with one piece ({@code k=}, {@code k}) is ignored. A later key wins.
   */
  private static void putPair(Map<String, String> properties, String pair, boolean v2) {
    int start = 0;
    while (start < pair.length() && pair.charAt(start) == '=') {
      start++;
    }
    int equals = pair.indexOf('=', start);
    if (start == pair.length() || equals < 0 || equals == pair.length() - 1) {
      return;
    }
    String key = pair.substring(start, equals);
    String value = pair.substring(equals + 1);
    properties.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
    properties.put(
        key, v2 ? CommandEscaping.unescapeProperty(value) : CommandEscaping.unescapeLegacy(value));
  }
}
