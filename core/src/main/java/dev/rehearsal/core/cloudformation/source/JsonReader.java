package dev.rehearsal.core.cloudformation.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a JSON template with Jackson's streaming parser so that every value keeps the line and
 * column it started at. Duplicate keys are refused rather than silently resolved to the last one.
 */
final class JsonReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final int MAX_DEPTH = 200;
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private final JsonParser parser;
  private final SourceMap.Builder locations = SourceMap.builder();

  private JsonReader(JsonParser parser) {
    this.parser = parser;
  }

  static SourceTree read(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonReader reader = new JsonReader(parser);
      if (parser.nextToken() == null) {
        throw notWellFormed("the template is empty", Optional.empty());
      }
      JsonNode root = reader.value("");
      if (parser.nextToken() != null) {
        throw notWellFormed("unexpected content after the template", location(parser));
      }
      return new SourceTree(root, reader.locations.build());
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      Optional<Location> location =
          at == null || at.getLineNr() < 1 || at.getColumnNr() < 1
              ? Optional.empty()
              : Optional.of(new Location(at.getLineNr(), at.getColumnNr()));
      throw notWellFormed(e.getOriginalMessage(), location);
    } catch (IOException e) {
      throw notWellFormed(e.getMessage(), Optional.empty());
    }
  }

  /** CloudFormation's answer to a template it cannot read as JSON. */
  private static TemplateException notWellFormed(String detail, Optional<Location> location) {
    String where = location.map(l -> " (" + l + ")").orElse("");
    return new TemplateException(
        "Template format error: JSON not well-formed." + where + " " + detail, location);
  }

  private static Optional<Location> location(JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return Optional.of(new Location(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
  }

  private JsonNode value(String pointer) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    locations.put(pointer, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> object(pointer);
      case START_ARRAY -> array(pointer);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
      case VALUE_NULL -> NODES.nullNode();
      default -> throw notWellFormed("unexpected " + token, location(parser));
    };
  }

  private ObjectNode object(String pointer) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String child = SourceMap.child(pointer, key);
      JsonLocation at = parser.currentTokenLocation();
      locations.put(child, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
      parser.nextToken();
      object.set(key, value(child));
    }
    return object;
  }

  private ArrayNode array(String pointer) throws IOException {
    ArrayNode array = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(value(SourceMap.child(pointer, array.size())));
    }
    return array;
  }
}
