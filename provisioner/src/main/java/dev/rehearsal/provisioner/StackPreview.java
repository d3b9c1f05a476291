package dev.rehearsal.provisioner;

import java.util.List;
import java.util.Objects;

/**
 * What applying a template would do to a stack: one entry per resource, as a change set lists them,
 * plus the resources left alone. {@code exists} says whether the stack exists already (an update)
 * or is created.
 */
public record StackPreview(String stackName, boolean exists, List<ResourceChange> resources) {
  public StackPreview {
    Objects.requireNonNull(stackName, "stackName");
    resources = List.copyOf(resources);
  }

  /** The entries that change something. */
  public List<ResourceChange> changes() {
    return resources.stream()
        .filter(change -> change.action() != ResourceChange.Action.NONE)
        .toList();
  }

  /**
   * Whether applying changes anything; CloudFormation's answer otherwise is "The submitted
   * information didn't contain changes."
   */
  public boolean hasChanges() {
    return !changes().isEmpty();
  }
}
