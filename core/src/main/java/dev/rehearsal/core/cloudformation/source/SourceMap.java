package dev.rehearsal.core.cloudformation.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a template tree came from, keyed by JSON Pointer (RFC 6901), e.g. {@code
 * /Resources/Role/Properties/AssumeRolePolicyDocument/Statement/0}. A pointer into a value that an
 * intrinsic function produced has no entry of its own; {@link #locate} then answers with the
 * nearest enclosing node that has one (the function call), which is where a user would look.
 */
public final class SourceMap {
  private final Map<String, Location> locations;

  private SourceMap(Map<String, Location> locations) {
    this.locations = Map.copyOf(locations);
  }

  /** The location of {@code pointer}, or of its nearest ancestor that the template wrote. */
  public Optional<Location> locate(String pointer) {
    String current = pointer;
    while (true) {
      Location location = locations.get(current);
      if (location != null) {
        return Optional.of(location);
      }
      if (current.isEmpty()) {
        return Optional.empty();
      }
      current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
    }
  }

  /** The pointer to {@code key} inside {@code parent}, escaped as RFC 6901 requires. */
  public static String child(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer to item {@code index} inside {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Collects locations while a reader walks the text. */
  static final class Builder {
    private final Map<String, Location> locations = new HashMap<>();

    void put(String pointer, int line, int column) {
      locations.putIfAbsent(pointer, new Location(line, column));
    }

    SourceMap build() {
      return new SourceMap(locations);
    }
  }
}
