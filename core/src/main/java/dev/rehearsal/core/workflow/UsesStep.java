package dev.rehearsal.core.workflow;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.source.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A step that runs an action: {@code uses} as written ({@code actions/checkout@v4}, {@code ./path},
 * {@code docker://image}) and its {@code with} inputs, in file order.
 */
public record UsesStep(
    Optional<String> id,
    Optional<Template> name,
    Optional<Template> condition,
    String uses,
    Map<String, Template> with,
    Map<String, Template> env,
    Optional<Template> continueOnError,
    Optional<Template> timeoutMinutes,
    Location location)
    implements Step {
  public UsesStep {
    with = Collections.unmodifiableMap(new LinkedHashMap<>(with));
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
  }

  /** The action without its ref: {@code actions/checkout} for {@code actions/checkout@v4}. */
  public String action() {
    int at = uses.lastIndexOf('@');
    return at < 0 ? uses : uses.substring(0, at);
  }

  /** The ref after {@code @}, if any ({@code v4}). */
  public Optional<String> ref() {
    int at = uses.lastIndexOf('@');
    return at < 0 ? Optional.empty() : Optional.of(uses.substring(at + 1));
  }
}
