package dev.rehearsal.core.cloudformation.intrinsic;

import java.util.Objects;
import java.util.Optional;

/**
 * A name a template value refers to: {@code Ref X}, {@code Fn::GetAtt [X, Attr]}, {@code ${X}} or
 * {@code ${X.Attr}} in {@code Fn::Sub}, or a condition named by {@code Fn::If} or {@code
 * Condition}; with the pointer of the referring node, so errors name its line.
 */
public record Reference(Kind kind, String target, Optional<String> attribute, String pointer) {
  public enum Kind {
    REF,
    GET_ATT,
    CONDITION
  }

  public Reference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(pointer, "pointer");
  }
}
