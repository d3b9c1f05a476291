package dev.rehearsal.runner.job;

import java.util.Locale;

/** A step's outcome or conclusion, as {@code steps.<id>.outcome} / {@code .conclusion} name it. */
public enum StepConclusion {
  SUCCESS,
  FAILURE,
  CANCELLED,
  SKIPPED;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
