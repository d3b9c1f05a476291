package dev.rehearsal.core.evaluation;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The request context's condition keys, each with one or more string values. Key names are
 * case-insensitive ("Condition key names are not case-sensitive", IAM User Guide, "IAM JSON policy
 * elements: Condition"); values keep their case. A key with several values is a multivalued key
 * (IAM User Guide, "Single-valued vs. multivalued context keys"). Immutable.
 */
public final class ContextKeys {
  private static final ContextKeys EMPTY = new ContextKeys(Map.of(), Map.of());

  /**
   * The keys by lower-case name, and their names as given; for a {@link Schema#view}, made from the
   * view when first needed (a racy second making gives equal maps).
   */
  private volatile Maps maps;

  /** For a view: its schema and its values by index; else null. */
  private final Schema schema;

  private final IntFunction<List<String>> valuesAt;

  private record Maps(Map<String, List<String>> byLowerKey, Map<String, String> namesAsGiven) {}

  private ContextKeys(Map<String, List<String>> byLowerKey, Map<String, String> namesAsGiven) {
    this.maps = new Maps(byLowerKey, namesAsGiven);
    this.schema = null;
    this.valuesAt = null;
  }

  private ContextKeys(Schema schema, IntFunction<List<String>> valuesAt) {
    this.schema = schema;
    this.valuesAt = valuesAt;
  }

  private Maps maps() {
    Maps known = maps;
    if (known == null) {
      Builder builder = builder(schema.names.size());
      for (int i = 0; i < schema.names.size(); i++) {
        List<String> values = valuesAt.apply(i);
        if (values != null) {
          builder.put(schema.names.get(i), values);
        }
      }
      ContextKeys built = builder.build();
      known = built.maps();
      maps = known;
    }
    return known;
  }

  public static ContextKeys empty() {
    return EMPTY;
  }

  /**
   * The keys of {@code values}; two keys that differ only in case are rejected, since IAM would see
   * one key.
   */
  public static ContextKeys of(Map<String, List<String>> values) {
    Builder builder = builder();
    values.forEach(
        (key, keyValues) -> {
          if (builder.contains(key)) {
            throw new IllegalArgumentException(
                "context key '" + key + "' is given twice (key names are case-insensitive)");
          }
          builder.put(key, keyValues);
        });
    return builder.build();
  }

  public static Builder builder() {
    return new Builder(16);
  }

  /** A builder whose maps hold {@code expectedKeys} keys without growing. */
  public static Builder builder(int expectedKeys) {
    return new Builder(expectedKeys * 4 / 3 + 1);
  }

  /**
   * A key name with its lower-case form computed once: a caller that puts the same names into every
   * context (STS's web-identity keys, one context per call) need not lower-case them again.
   */
  public static final class Name {
    private final String name;
    private final String lower;

    private Name(String name) {
      this.name = name;
      this.lower = lower(name);
    }

    public static Name of(String name) {
      return new Name(Objects.requireNonNull(name, "name"));
    }

    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Key names fixed in advance (distinct without regard to case), for contexts whose values are
   * computed only for the keys a policy asks about: STS puts 18 keys in every web-identity call's
   * context, and a trust policy tests two or three of them.
   */
  public static final class Schema {
    private final List<Name> names;
    private final Map<String, Integer> indexByLowerKey;

    private Schema(List<Name> names) {
      this.names = List.copyOf(names);
      this.indexByLowerKey = new HashMap<>(names.size() * 2);
      for (int i = 0; i < names.size(); i++) {
        if (indexByLowerKey.put(names.get(i).lower, i) != null) {
          throw new IllegalArgumentException(
              "context key '" + names.get(i) + "' is given twice (key names are case-insensitive)");
        }
      }
    }

    public static Schema of(List<Name> names) {
      return new Schema(names);
    }

    /**
     * The context whose i-th key has the values {@code valuesAt.apply(i)}, or is absent when that
     * is null; computed on every lookup, so {@code valuesAt} must give the same values each time.
     * Equal to the context a {@link Builder} makes of the same keys and values, in the same order.
     */
    public ContextKeys view(IntFunction<List<String>> valuesAt) {
      return new ContextKeys(this, Objects.requireNonNull(valuesAt, "valuesAt"));
    }
  }

  /** The values of {@code key}, looked up without regard to case; empty when the key is absent. */
  public Optional<List<String>> values(String key) {
    return Optional.ofNullable(valuesOfLowerCaseKey(lower(key)));
  }

  /**
   * The values of a key already lower-cased, or null: the evaluator's lookup, which allocates
   * nothing (for a view, only the values of that key).
   */
  List<String> valuesOfLowerCaseKey(String lowerCaseKey) {
    if (schema != null && maps == null) {
      Integer index = schema.indexByLowerKey.get(lowerCaseKey);
      if (index == null) {
        return null;
      }
      List<String> values = valuesAt.apply(index);
      return values == null ? null : List.copyOf(values);
    }
    return maps().byLowerKey.get(lowerCaseKey);
  }

  /** The key names as they were given. */
  public List<String> keys() {
    return List.copyOf(maps().namesAsGiven.values());
  }

  static String lower(String key) {
    return key.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContextKeys that && maps().byLowerKey.equals(that.maps().byLowerKey);
  }

  @Override
  public int hashCode() {
    return maps().byLowerKey.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    Map<String, List<String>> byLowerKey = maps().byLowerKey;
    maps()
        .namesAsGiven
        .forEach(
            (lower, name) -> {
              if (out.length() > 1) {
                out.append(", ");
              }
              out.append(name).append('=').append(byLowerKey.get(lower));
            });
    return out.append('}').toString();
  }

  /** Collects keys; putting a key again (in any case) replaces its values. */
  public static final class Builder {
    private Map<String, List<String>> byLowerKey;
    private Map<String, String> namesAsGiven;

    /**
     * Set once {@link #build} has handed the maps to a ContextKeys: a later put copies them first.
     * Most builders build once, and STS builds one per call.
     */
    private boolean shared;

    private Builder(int capacity) {
      byLowerKey = new LinkedHashMap<>(capacity);
      namesAsGiven = new LinkedHashMap<>(capacity);
    }

    public Builder put(String key, String... values) {
      return put(key, List.of(values));
    }

    public Builder put(String key, List<String> values) {
      Objects.requireNonNull(key, "key");
      return put(key, lower(key), values);
    }

    /** As {@link #put(String, List)}, with the key's lower-case form already known. */
    public Builder put(Name key, List<String> values) {
      return put(key.name, key.lower, values);
    }

    private Builder put(String key, String lower, List<String> values) {
      if (shared) {
        byLowerKey = new LinkedHashMap<>(byLowerKey);
        namesAsGiven = new LinkedHashMap<>(namesAsGiven);
        shared = false;
      }
      byLowerKey.put(lower, List.copyOf(values));
      namesAsGiven.put(lower, key);
      return this;
    }

    private boolean contains(String key) {
      return byLowerKey.containsKey(lower(key));
    }

    public ContextKeys build() {
      if (byLowerKey.isEmpty()) {
        return EMPTY;
      }
      shared = true;
      return new ContextKeys(
          Collections.unmodifiableMap(byLowerKey), Collections.unmodifiableMap(namesAsGiven));
    }
  }
}
