package dev.rehearsal.runner.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearsal.core.expression.Value;
import dev.rehearsal.core.expression.Values;
import dev.rehearsal.runner.RunnerException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The expression contexts the runner itself evaluates with (composite actions, input defaults,
 * {@code pre-if}, {@code post-if}): the job's own ({@link Job#contexts()}) over the runner's
 * defaults, a {@code github} context made from the run's {@code GITHUB_*} variables (each as {@code
 * github.<name>}, the inverse of the runner's {@code GitHubContext} variables) and its event
 * payload, and the {@code runner} context of this runner.
 */
final class RunnerContexts {
  private RunnerContexts() {}

  static Map<String, Value> of(
      Map<String, String> runnerVariables, Path eventFile, Map<String, Value> given) {
    Map<String, Object> github = new LinkedHashMap<>();
    Map<String, Object> runner = new LinkedHashMap<>();
    runnerVariables.forEach(
        (name, value) -> {
          if (name.startsWith("GITHUB_")) {
            github.put(name.substring("GITHUB_".length()).toLowerCase(Locale.ROOT), value);
          } else if (name.startsWith("RUNNER_")) {
            runner.put(name.substring("RUNNER_".length()).toLowerCase(Locale.ROOT), value);
          }
        });
    github.put("event", event(eventFile));
    Map<String, Value> contexts = new LinkedHashMap<>();
    contexts.put("github", Values.of(github));
    contexts.put("runner", Values.of(runner));
    contexts.putAll(given);
    return contexts;
  }

  /** The contexts as a step sees them: with {@code job.status} as it is now. */
  static Map<String, Value> withStatus(Map<String, Value> contexts, JobStatus status) {
    Map<String, Value> current = new LinkedHashMap<>(contexts);
    current.put("job", Values.of(Map.of("status", status.value())));
    return current;
  }

  private static Value event(Path eventFile) {
    try {
      return Values.fromJson(new ObjectMapper().readTree(eventFile.toFile()));
    } catch (IOException e) {
      throw new RunnerException("cannot read the event payload " + eventFile + ": " + e, e);
    }
  }
}
