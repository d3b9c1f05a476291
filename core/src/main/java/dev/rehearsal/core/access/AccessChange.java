package dev.rehearsal.core.access;

import java.util.List;
import java.util.Objects;

/**
 * One region of requests whose answer changed, with the dimensions on which it differs and concrete
 * requests from it, each checked by core's evaluator against both sides.
 */
public record AccessChange(
    Direction direction, List<Dimension> differing, List<AccessWitness> witnesses) {
  public enum Direction {
    /** Admitted by the new policies, not by the old. */
    GAINED("now admitted"),
    /** Admitted by the old policies, not by the new. */
    LOST("no longer admitted");

    private final String phrase;

    Direction(String phrase) {
      this.phrase = phrase;
    }

    public String phrase() {
      return phrase;
    }
  }

  public AccessChange {
    Objects.requireNonNull(direction, "direction");
    differing = List.copyOf(differing);
    witnesses = List.copyOf(witnesses);
    if (witnesses.isEmpty()) {
      throw new IllegalArgumentException("a change is shown by at least one witness");
    }
  }

  /** {@code <first witness> now admitted}, one line. */
  public String summary() {
    return witnesses.get(0).describe() + " " + direction.phrase();
  }
}
