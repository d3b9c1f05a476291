package dev.rehearsal.core.access;

import java.util.Objects;

/**
 * One coordinate of a request as a policy sees it: who, which action, which resource, or one
 * condition key. A condition key is named as first written; IAM compares key names without case
 * (IAM User Guide, "IAM JSON policy elements: Condition"), so the space keys it lower-cased.
 */
public record Dimension(Kind kind, String name) {
  public enum Kind {
    PRINCIPAL,
    ACTION,
    RESOURCE,
    KEY
  }

  public Dimension {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  static Dimension key(String name) {
    return new Dimension(Kind.KEY, name);
  }

  @Override
  public String toString() {
    return name;
  }
}
