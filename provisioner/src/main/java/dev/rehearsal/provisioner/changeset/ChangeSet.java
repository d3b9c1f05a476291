package dev.rehearsal.provisioner.changeset;

import java.util.Objects;

/**
 * A change set CloudFormation made: its id (ARN), the stack's id, and whether it creates the stack
 * ({@code CREATE}, which leaves a {@code REVIEW_IN_PROGRESS} stack until it is executed) or updates
 * it.
 */
record ChangeSet(String id, String stackId, boolean creates) {
  ChangeSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stackId, "stackId");
  }
}
