package dev.rehearsal.core.expression;

/**
 * The six kinds of value an expression works with (the runner's {@code ValueKind}). The display
 * name is what GitHub prints for the kind, e.g. {@code Object} when an object is converted to a
 * string.
 */
public enum ValueKind {
  NULL("Null"),
  BOOLEAN("Boolean"),
  NUMBER("Number"),
  STRING("String"),
  ARRAY("Array"),
  OBJECT("Object");

  private final String displayName;

  ValueKind(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** Null, boolean, number and string: the kinds GitHub converts to strings and numbers. */
  public boolean isPrimitive() {
    return this != ARRAY && this != OBJECT;
  }
}
