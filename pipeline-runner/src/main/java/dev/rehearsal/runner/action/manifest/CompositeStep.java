package dev.rehearsal.runner.action.manifest;

import dev.rehearsal.core.expression.Condition;
import dev.rehearsal.core.expression.Template;
import dev.rehearsal.runner.action.ActionRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One of a composite action's {@code runs.steps}, its expressions parsed (GitHub's {@code run-step}
 * and {@code uses-step} of {@code action_yaml.json}): {@code where} is its place in the file, for
 * messages ({@code action.yml, runs.steps[1]}).
 */
public record CompositeStep(
    String where,
    Optional<String> id,
    Optional<Template> name,
    Condition condition,
    Map<String, Template> env,
    Optional<Template> continueOnError,
    Action action) {
  public CompositeStep {
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
  }

  /** What the step does. */
  public sealed interface Action {}

  /** {@code run:} with its required {@code shell:} and its {@code working-directory:}. */
  public record Run(Template script, Template shell, Optional<Template> workingDirectory)
      implements Action {}

  /** {@code uses:} with its {@code with:}, in file order. */
  public record Uses(ActionRef action, Map<String, Template> with) implements Action {
    public Uses {
      with = Collections.unmodifiableMap(new LinkedHashMap<>(with));
    }
  }
}
