package dev.rehearsal.core.workflow;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.source.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A step that runs a script with a shell ({@code run}, {@code shell}, {@code working-directory}).
 */
public record RunStep(
    Optional<String> id,
    Optional<Template> name,
    Optional<Template> condition,
    Template run,
    Optional<String> shell,
    Optional<Template> workingDirectory,
    Map<String, Template> env,
    Optional<Template> continueOnError,
    Optional<Template> timeoutMinutes,
    Location location)
    implements Step {
  public RunStep {
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
  }
}
