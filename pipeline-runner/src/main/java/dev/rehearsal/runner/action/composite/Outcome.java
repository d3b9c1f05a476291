package dev.rehearsal.runner.action.composite;

import java.util.Locale;

/** A composite step's {@code outcome} or {@code conclusion} in its {@code steps} context. */
enum Outcome {
  SUCCESS,
  FAILURE,
  CANCELLED,
  SKIPPED;

  /** As the {@code steps} context spells it: {@code success}, {@code failure}, …. */
  String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
