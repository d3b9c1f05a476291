package dev.rehearsal.provisioner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a plan does to one resource, in a change set's words (CloudFormation API Reference, {@code
 * ResourceChange}): {@code Add}, {@code Modify} (with {@code Replacement} {@code True}, {@code
 * False} or {@code Conditional}), {@code Remove}, or nothing; why; and, for a modification, each
 * property that changes.
 */
public record ResourceChange(
    Action action,
    String logicalId,
    String type,
    Optional<String> physicalId,
    String replacement,
    String reason,
    List<PropertyDelta> details) {
  public ResourceChange {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(logicalId, "logicalId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(physicalId, "physicalId");
    replacement = replacement == null ? "" : replacement;
    reason = reason == null ? "" : reason;
    details = List.copyOf(details);
  }

  /** A change set's {@code Action}, and none for a resource left as it is. */
  public enum Action {
    ADD("Add"),
    MODIFY("Modify"),
    REMOVE("Remove"),
    NONE("None");

    private final String word;

    Action(String word) {
      this.word = word;
    }

    /** CloudFormation's word for it. */
    public String word() {
      return word;
    }
  }

  /** Whether the resource is replaced: a new one is created and the old one deleted. */
  public boolean replaces() {
    return replacement.equals("True");
  }
}
