package dev.rehearsal.core.policy;

import java.util.List;

/**
 * {@code Action}/{@code NotAction} or {@code Resource}/{@code NotResource}: one or more patterns in
 * which {@code *} and {@code ?} are wildcards. A single string in the document is held as a list of
 * one.
 */
public record PatternElement(boolean negated, List<String> patterns) {
  public PatternElement {
    patterns = List.copyOf(patterns);
  }

  public static PatternElement of(String... patterns) {
    return new PatternElement(false, List.of(patterns));
  }

  public static PatternElement not(String... patterns) {
    return new PatternElement(true, List.of(patterns));
  }
}
