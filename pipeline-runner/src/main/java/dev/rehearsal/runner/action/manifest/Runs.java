package dev.rehearsal.runner.action.manifest;

import dev.rehearsal.core.expression.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An action's {@code runs:}: a JavaScript action or a composite action. */
public sealed interface Runs {
  /**
   * {@code using: node12|node16|node20|node24} with its {@code main}, {@code pre} and {@code post}
   * scripts, relative to the action's folder ({@code pre-if} and {@code post-if} are in the
   * action's metadata).
   */
  record Node(String using, String main, Optional<String> pre, Optional<String> post)
      implements Runs {}

  /** {@code using: composite}: its steps, and its outputs as {@code outputs.<id>.value}. */
  record Composite(List<CompositeStep> steps, Map<String, Template> outputs) implements Runs {
    public Composite {
      steps = List.copyOf(steps);
      outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }
  }
}
