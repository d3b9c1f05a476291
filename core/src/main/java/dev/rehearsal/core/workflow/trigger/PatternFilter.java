package dev.rehearsal.core.workflow.trigger;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@code branches}, {@code branches-ignore}, {@code tags}, {@code tags-ignore}, {@code paths} or
 * {@code paths-ignore} filter: patterns checked in order, the last one that matches deciding, so a
 * {@code !pattern} excludes what an earlier pattern included and a later pattern includes it again
 * (docs.github.com, "Workflow syntax for GitHub Actions", "Example: Including and excluding
 * branches and tags": "The order that you define patterns matters").
 */
public record PatternFilter(String key, List<FilterPattern> patterns, Location location) {
  public PatternFilter {
    patterns = List.copyOf(patterns);
  }

  /** True for the {@code -ignore} filters, which stop the workflow for what they select. */
  public boolean ignores() {
    return key.endsWith("-ignore");
  }

  /** The last pattern that matches {@code name}: it decides whether the filter selects it. */
  public Optional<FilterPattern> decisive(String name) {
    FilterPattern decisive = null;
    for (FilterPattern pattern : patterns) {
      if (pattern.matches(name)) {
        decisive = pattern;
      }
    }
    return Optional.ofNullable(decisive);
  }

  /** Whether the filter's patterns select {@code name}: the deciding pattern is not negated. */
  public boolean selects(String name) {
    return decisive(name).filter(p -> !p.negated()).isPresent();
  }

  /** Why the patterns select {@code name} or not, e.g. "'!releases/**-alpha' excludes it". */
  public String explain(String name) {
    return decisive(name)
        .map(p -> "'" + p.source() + "' " + (p.negated() ? "excludes" : "matches") + " it")
        .orElse("no pattern matches it");
  }

  /** The filter as written, e.g. {@code branches [main, 'releases/**']}. */
  @Override
  public String toString() {
    return key
        + " "
        + patterns.stream().map(FilterPattern::source).collect(Collectors.joining(", ", "[", "]"));
  }
}
