package dev.rehearsal.core.expression;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;

/**
 * {@code toJSON(value)} and {@code fromJSON(value)} (docs, "toJSON", "fromJSON"; the runner's
 * {@code ToJson} and {@code FromJson}).
 */
final class JsonFunctions {
  /** Newtonsoft's reader, which the runner uses, is lenient in these ways too. */
  private static final JsonMapper READER =
      new JsonMapper(
          JsonFactory.builder()
              .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
              .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
              .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
              .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
              .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
              .build());

  private JsonFunctions() {}

  /**
   * Pretty-printed with two-space indentation and {@code "key": value}, empty collections as {@code
   * []} and {@code {}}, numbers as GitHub casts them to strings, strings escaped as Newtonsoft's
   * {@code JsonConvert.ToString} escapes them.
   */
  static String toJson(Value value, MemoryBudget.Counter counter) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out, counter);
    return out.toString();
  }

  private static void write(
      Value value, int depth, StringBuilder out, MemoryBudget.Counter counter) {
    if (value instanceof ArrayValue array) {
      if (array.size() == 0) {
        append("[]", out, counter);
        return;
      }
      append("[", out, counter);
      List<Value> elements = array.elements();
      for (int i = 0; i < elements.size(); i++) {
        append((i == 0 ? "" : ",") + "\n" + indent(depth + 1), out, counter);
        write(elements.get(i), depth + 1, out, counter);
      }
      append("\n" + indent(depth) + "]", out, counter);
    } else if (value instanceof ObjectValue object) {
      if (object.size() == 0) {
        append("{}", out, counter);
        return;
      }
      append("{", out, counter);
      for (int i = 0; i < object.size(); i++) {
        String key = quote(object.keys().get(i));
        append((i == 0 ? "" : ",") + "\n" + indent(depth + 1) + key + ": ", out, counter);
        write(object.values().get(i), depth + 1, out, counter);
      }
      append("\n" + indent(depth) + "}", out, counter);
    } else {
      append(
          value instanceof StringValue string ? quote(string.value()) : scalar(value),
          out,
          counter);
    }
  }

  private static String scalar(Value value) {
    return value.kind() == ValueKind.NULL ? "null" : value.asString();
  }

  private static void append(String text, StringBuilder out, MemoryBudget.Counter counter) {
    counter.add(text);
    out.append(text);
  }

  private static String indent(int depth) {
    return "  ".repeat(depth);
  }

  /** Newtonsoft escapes quotes, backslashes, control characters and U+0085, U+2028, U+2029. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /**
   * The first JSON value in the text (the runner's {@code JToken.ReadFrom} stops after it), as an
   * expression value; GitHub answers "Error parsing fromJson" for text that holds none, or that
   * nests deeper than Newtonsoft's default of 64.
   */
  static Value fromJson(String json) {
    JsonNode node;
    try (JsonParser parser = READER.createParser(json)) {
      node = READER.readTree(parser);
    } catch (IOException | RuntimeException e) {
      throw new ExpressionException("Error parsing fromJson", e);
    }
    if (node == null || node.isMissingNode()) {
      throw new ExpressionException("Error parsing fromJson");
    }
    return Values.fromJson(node);
  }
}
