package dev.rehearsal.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds values from plain Java data and JSON trees, and back: how a caller supplies contexts (an
 * event payload read as a {@link JsonNode}, a matrix as maps and lists).
 */
public final class Values {
  private Values() {}

  /**
   * The value of {@code null}, a {@link Value}, a {@link Boolean}, a {@link Number} (as a double),
   * a {@link CharSequence} or {@link Character}, a {@link Map} (keys by {@code String.valueOf}), an
   * {@link Iterable} or array, or a {@link JsonNode}.
   *
   * @throws IllegalArgumentException for any other type
   */
  public static Value of(Object data) {
    if (data == null) {
      return Value.NULL;
    } else if (data instanceof Value value) {
      return value;
    } else if (data instanceof Boolean bool) {
      return Value.of(bool);
    } else if (data instanceof Number number) {
      return Value.of(number.doubleValue());
    } else if (data instanceof CharSequence || data instanceof Character) {
      return Value.of(data.toString());
    } else if (data instanceof JsonNode node) {
      return fromJson(node);
    } else if (data instanceof Map<?, ?> map) {
      ObjectValue.Builder object = ObjectValue.builder();
      map.forEach((key, member) -> object.put(String.valueOf(key), of(member)));
      return object.build();
    } else if (data instanceof Iterable<?> iterable) {
      List<Value> elements = new ArrayList<>();
      iterable.forEach(element -> elements.add(of(element)));
      return new ArrayValue(elements);
    } else if (data instanceof Object[] array) {
      return of(Arrays.asList(array));
    }
    throw new IllegalArgumentException("no expression value for " + data.getClass().getName());
  }

  /** JSON objects, arrays, strings, numbers, booleans and nulls as the same kinds of value. */
  public static Value fromJson(JsonNode node) {
    if (node.isObject()) {
      ObjectValue.Builder object = ObjectValue.builder();
      node.fields().forEachRemaining(e -> object.put(e.getKey(), fromJson(e.getValue())));
      return object.build();
    } else if (node.isArray()) {
      List<Value> elements = new ArrayList<>();
      node.forEach(element -> elements.add(fromJson(element)));
      return new ArrayValue(elements);
    } else if (node.isTextual()) {
      return Value.of(node.textValue());
    } else if (node.isNumber()) {
      return Value.of(node.doubleValue());
    } else if (node.isBoolean()) {
      return Value.of(node.booleanValue());
    } else if (node.isNull() || node.isMissingNode()) {
      return Value.NULL;
    }
    throw new IllegalArgumentException("no expression value for JSON " + node.getNodeType());
  }

  /**
   * Plain Java data: {@code null}, {@link Boolean}, {@link Double}, {@link String}, an unmodifiable
   * {@link List} or an unmodifiable, ordered {@link Map}.
   */
  public static Object toJava(Value value) {
    if (value instanceof ObjectValue object) {
      Map<String, Object> map = new LinkedHashMap<>();
      object.asMap().forEach((key, member) -> map.put(key, toJava(member)));
      return Collections.unmodifiableMap(map);
    } else if (value instanceof ArrayValue array) {
      return array.elements().stream().map(Values::toJava).toList();
    } else if (value instanceof StringValue string) {
      return string.value();
    } else if (value instanceof NumberValue number) {
      return number.value();
    } else if (value instanceof BooleanValue bool) {
      return bool.value();
    }
    return null;
  }

  /** {@code toJSON(value)}: GitHub's pretty-printed JSON of the value. */
  public static String toJson(Value value) {
    return JsonFunctions.toJson(value, new MemoryBudget(Long.MAX_VALUE, null).counter(null));
  }
}
