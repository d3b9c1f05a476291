package dev.rehearsal.core.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An object whose keys GitHub looks up without regard to case ({@code github.event_name} and {@code
 * github.EVENT_NAME} are the same property: the runner's {@code DictionaryContextData} indexes with
 * {@code OrdinalIgnoreCase}). Members keep their order and the casing of the key first given;
 * setting a key again replaces the value in place, as the runner's indexer does.
 *
 * <p>Java equality compares members; GitHub's {@code ==} compares objects by identity (docs,
 * Operators).
 */
public final class ObjectValue implements Value {
  private final List<String> keys;
  private final List<Value> values;
  private final Map<String, Integer> positions;

  private ObjectValue(List<String> keys, List<Value> values, Map<String, Integer> positions) {
    this.keys = Collections.unmodifiableList(keys);
    this.values = Collections.unmodifiableList(values);
    this.positions = positions;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static ObjectValue of(Map<String, ? extends Value> members) {
    Builder builder = builder();
    members.forEach(builder::put);
    return builder.build();
  }

  /** The member's value, looked up without regard to case. */
  public Optional<Value> get(String key) {
    Integer position = positions.get(IgnoreCase.fold(key));
    return position == null ? Optional.empty() : Optional.of(values.get(position));
  }

  /** The keys in order, each with the casing it was first given. */
  public List<String> keys() {
    return keys;
  }

  public List<Value> values() {
    return values;
  }

  public int size() {
    return keys.size();
  }

  /** The members in order, keyed as given. */
  public Map<String, Value> asMap() {
    Map<String, Value> map = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      map.put(keys.get(i), values.get(i));
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public ValueKind kind() {
    return ValueKind.OBJECT;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectValue object
        && keys.equals(object.keys)
        && values.equals(object.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keys, values);
  }

  @Override
  public String toString() {
    return "ObjectValue" + asMap();
  }

  /** Collects members; a key given twice (in any case) keeps its first casing and last value. */
  public static final class Builder {
    private final List<String> keys = new ArrayList<>();
    private final List<Value> values = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();

    private Builder() {}

    public Builder put(String key, Value value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      Integer position = positions.get(IgnoreCase.fold(key));
      if (position != null) {
        values.set(position, value);
      } else {
        positions.put(IgnoreCase.fold(key), keys.size());
        keys.add(key);
        values.add(value);
      }
      return this;
    }

    public ObjectValue build() {
      return new ObjectValue(new ArrayList<>(keys), new ArrayList<>(values), Map.copyOf(positions));
    }
  }
}
