package dev.rehearsal.aws.wire;

import dev.rehearsal.core.error.AwsErrorCode;
import dev.rehearsal.core.error.RehearsalException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters of a query-protocol request ({@code Action=...&Version=...&Name=value}), decoded
 * strictly: a malformed percent escape is {@code MalformedQueryString}, not silently mended. Lists
 * arrive as {@code Name.member.N} and lists of structures as {@code Name.member.N.Field} (botocore
 * {@code QuerySerializer}).
 */
public final class QueryParams {
  private final Map<String, String> values;

  private QueryParams(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Parses an {@code application/x-www-form-urlencoded} text (a body or a query string). */
  public static QueryParams parse(String encoded) {
    return of(decode(encoded));
  }

  /** Parameters already decoded; of a repeated name the first value counts. */
  public static QueryParams of(Map<String, List<String>> decoded) {
    Map<String, String> values = new LinkedHashMap<>();
    decoded.forEach((name, list) -> values.put(name, list.get(0)));
    return new QueryParams(values);
  }

  /**
   * Decodes {@code name=value&...} strictly, keeping repeated names and their order.
   *
   * @throws RehearsalException {@code MalformedQueryString} on a malformed percent escape
   */
  public static Map<String, List<String>> decode(String encoded) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decodePart(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decodePart(pair.substring(eq + 1));
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return values;
  }

  /** The union of two parameter sets, {@code body} winning (a POST may carry both). */
  public QueryParams with(QueryParams body) {
    Map<String, String> merged = new LinkedHashMap<>(values);
    merged.putAll(body.values);
    return new QueryParams(merged);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The value or null: for parameters validated by {@code ValidationErrors}. */
  public String orNull(String name) {
    return values.get(name);
  }

  /**
   * An integer parameter; a value that is not one is refused as AWS refuses it ({@code
   * ValidationError}).
   */
  public Integer integer(String name) {
    String text = values.get(name);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new RehearsalException(
          AwsErrorCode.VALIDATION_ERROR,
          "1 validation error detected: Value '"
              + text
              + "' at '"
              + memberName(name)
              + "' failed to satisfy constraint: Member must be a number");
    }
  }

  /** {@code Name.member.1}, {@code Name.member.2}, … in index order. */
  public List<String> list(String name) {
    TreeMap<Integer, String> byIndex = new TreeMap<>();
    String prefix = name + ".member.";
    values.forEach(
        (key, value) -> {
          if (key.startsWith(prefix)) {
            index(key.substring(prefix.length())).ifPresent(i -> byIndex.put(i, value));
          }
        });
    return new ArrayList<>(byIndex.values());
  }

  /** Whether any {@code Name.member.*} parameter was sent (an empty list is still "given"). */
  public boolean hasList(String name) {
    String prefix = name + ".member.";
    return values.containsKey(name) || values.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  /** {@code Name.member.N.Field} grouped by N, each group's fields by name. */
  public List<Map<String, String>> structures(String name) {
    TreeMap<Integer, Map<String, String>> byIndex = new TreeMap<>();
    String prefix = name + ".member.";
    values.forEach(
        (key, value) -> {
          if (!key.startsWith(prefix)) {
            return;
          }
          String rest = key.substring(prefix.length());
          int dot = rest.indexOf('.');
          if (dot > 0) {
            index(rest.substring(0, dot))
                .ifPresent(
                    i ->
                        byIndex
                            .computeIfAbsent(i, k -> new LinkedHashMap<>())
                            .put(rest.substring(dot + 1), value));
          }
        });
    return new ArrayList<>(byIndex.values());
  }

  /** AWS names a parameter in messages with a lower-case first letter ({@code roleName}). */
  public static String memberName(String parameter) {
    return parameter.isEmpty()
        ? parameter
        : Character.toLowerCase(parameter.charAt(0)) + parameter.substring(1);
  }

  private static Optional<Integer> index(String text) {
    try {
      int i = Integer.parseInt(text);
      return i > 0 ? Optional.of(i) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String decodePart(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new RehearsalException(
          AwsErrorCode.MALFORMED_QUERY_STRING,
          "The request's form body or query string is malformed: " + e.getMessage());
    }
  }
}
