package dev.rehearsal.core.federation;

import java.util.function.Supplier;

/**
 * A check's detail, written from its parts only when someone reads it. A plain class rather than a
 * capturing lambda: under the C1 compiler {@code rehearse check} runs with, a capturing lambda is
 * made through a method handle and a native allocation, which cost ~5% of checking 100,000
 * scenarios (async-profiler, docs/benchmarks.d/check.md); {@code new} allocates inline.
 */
final class Detail implements Supplier<String> {
  private final Object[] parts;

  private Detail(Object[] parts) {
    this.parts = parts;
  }

  /** The parts as {@link String#valueOf(Object)} writes them, one after another. */
  static Detail of(Object... parts) {
    return new Detail(parts);
  }

  @Override
  public String get() {
    StringBuilder text = new StringBuilder();
    for (Object part : parts) {
      text.append(part);
    }
    return text.toString();
  }
}
