package dev.rehearsal.cli;

/** A count and its noun as a reader says them: "1 scenario", "0 scenarios", "2 scenarios". */
public final class Plural {
  private Plural() {}

  /** {@code count} and {@code singular}, with an "s" unless the count is exactly one. */
  public static String of(long count, String singular) {
    return count + " " + (count == 1 ? singular : singular + "s");
  }
}
