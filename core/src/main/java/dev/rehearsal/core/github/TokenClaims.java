package dev.rehearsal.core.github;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * A token's claims in GitHub's order (alphabetical), as two parallel arrays: names and values
 * ({@link String}s, and {@link Long}s for {@code exp}, {@code iat}, {@code nbf}). The form {@code
 * rehearse check} builds once per scenario: a sorted map of 35 entries cost more than all of STS's
 * checks. {@link GitHubClaims#of} gives the same claims as a map.
 */
public final class TokenClaims {
  private final String[] names;
  private final Object[] values;

  TokenClaims(String[] names, Object[] values) {
    this.names = names;
    this.values = values;
  }

  public int size() {
    return names.length;
  }

  /** The names, in order; a copy. */
  public List<String> names() {
    return List.of(names);
  }

  public String name(int index) {
    return names[index];
  }

  public Object value(int index) {
    return values[index];
  }

  /**
   * Hands the arrays themselves, not copies, to {@code owner}, which must never change them (as
   * {@code DecodedJwt.built} does not): a token built per scenario need not copy its claims twice.
   */
  public <R> R share(BiFunction<String[], Object[], R> owner) {
    return owner.apply(names, values);
  }

  /** The value of a claim, or null. */
  public Object get(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  /** Each claim, in order. */
  public void forEach(BiConsumer<String, Object> action) {
    for (int i = 0; i < names.length; i++) {
      action.accept(names[i], values[i]);
    }
  }

  /** The same claims as a sorted map. */
  public SortedMap<String, Object> toMap() {
    TreeMap<String, Object> map = new TreeMap<>();
    forEach(map::put);
    return Collections.unmodifiableSortedMap(map);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TokenClaims that
        && Arrays.equals(names, that.names)
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(names), Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return toMap().toString();
  }

  /** Appends claims; a name must come after the previous one (GitHub's order). */
  static final class Builder {
    private final String[] names;
    private final Object[] values;
    private int size;

    Builder(int capacity) {
      names = new String[capacity];
      values = new Object[capacity];
    }

    Builder add(String name, Object value) {
      names[size] = name;
      values[size] = value;
      size++;
      return this;
    }

    /** Adds the claim only when the run has it (not null). */
    Builder addPresent(String name, String value) {
      if (value != null) {
        add(name, value);
      }
      return this;
    }

    /**
     * @throws IllegalStateException unless exactly the capacity's claims were added
     */
    TokenClaims build() {
      if (size != names.length) {
        throw new IllegalStateException(size + " claims added for " + names.length);
      }
      return new TokenClaims(names, values);
    }
  }
}
