package dev.rehearsal.core.access;

import java.util.Objects;

/**
 * A part of a comparison that is not decided exactly: where ({@code old policy, Statement[1]}) and
 * why. Differences reported next to it are still real (each witness is checked by the evaluator),
 * but some may be missing.
 */
public record Undecided(String where, String reason) {
  public Undecided {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return where + ": " + reason;
  }
}
