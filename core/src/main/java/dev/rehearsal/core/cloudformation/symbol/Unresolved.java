package dev.rehearsal.core.cloudformation.symbol;

import java.util.Objects;

/**
 * A value of a template an analysis could not resolve, named where it is used: the symbol standing
 * for it ({@link Symbols}), what it is ({@link Kind}), why it is unknown, and the JSON pointer of
 * the use in the template (e.g. {@code /Resources/Role/Properties/RoleName/Ref}).
 */
public record Unresolved(String symbol, Kind kind, String name, String reason, String pointer) {
  public Unresolved {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** What kind of value could not be resolved. */
  public enum Kind {
    /** A parameter given no value and declaring no {@code Default}. */
    PARAMETER,
    /** {@code Ref} or {@code Fn::GetAtt} of a resource whose type is not interpreted. */
    OPAQUE_RESOURCE,
    /** A resource a transform (SAM) would generate, not declared in the template as written. */
    GENERATED_RESOURCE,
    /** An intrinsic function the analysis does not evaluate ({@code Fn::ImportValue}, ...). */
    FUNCTION,
    /** A condition whose value depends on an unresolved value. */
    CONDITION
  }

  @Override
  public String toString() {
    return symbol + ": " + reason;
  }
}
