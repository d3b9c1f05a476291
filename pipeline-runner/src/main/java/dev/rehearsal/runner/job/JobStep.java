package dev.rehearsal.runner.job;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a job with its values already evaluated: its {@code name:} (empty for the default),
 * {@code id:}, what it does, its {@code env:}, {@code if:}, {@code continue-on-error:} and {@code
 * timeout-minutes:}.
 */
public record JobStep(
    String name,
    Optional<String> id,
    StepAction action,
    Map<String, String> env,
    StepCondition condition,
    boolean continueOnError,
    Optional<Duration> timeout) {
  public JobStep {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(action, "action");
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(timeout, "timeout");
  }

  /** A step with no env, the default condition, no time-out. */
  public static JobStep of(String name, Optional<String> id, StepAction action) {
    return new JobStep(name, id, action, Map.of(), StepCondition.SUCCESS, false, Optional.empty());
  }

  public JobStep withEnv(Map<String, String> values) {
    return new JobStep(name, id, action, values, condition, continueOnError, timeout);
  }

  public JobStep withCondition(StepCondition value) {
    return new JobStep(name, id, action, env, value, continueOnError, timeout);
  }

  public JobStep continuingOnError() {
    return new JobStep(name, id, action, env, condition, true, timeout);
  }

  public JobStep withTimeout(Duration value) {
    return new JobStep(name, id, action, env, condition, continueOnError, Optional.of(value));
  }

  /**
   * The step's name in the log: its {@code name:}, else {@code Run <first line>} or {@code Run
   * <action>}, as GitHub names an unnamed step.
   */
  public String displayName() {
    if (!name.isBlank()) {
      return name;
    }
    if (action instanceof StepAction.Run run) {
      return "Run " + run.script().title();
    }
    return "Run " + ((StepAction.Uses) action).action();
  }
}
