package dev.rehearsal.core.workflow.trigger;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One event under {@code on} with its configuration: activity {@code types} and the other name
 * lists ({@code workflows} of {@code workflow_run}; {@code names}, {@code versions} of {@code
 * image_version}), the branch, tag and path filters, the inputs of {@code workflow_dispatch} and
 * the cron lines of {@code schedule}.
 */
public record EventTrigger(
    String event,
    Map<String, List<String>> lists,
    Optional<PatternFilter> branches,
    Optional<PatternFilter> tags,
    Optional<PatternFilter> paths,
    List<DispatchInput> inputs,
    List<Schedule> schedules,
    Location location) {
  public EventTrigger {
    lists = Map.copyOf(lists);
    inputs = List.copyOf(inputs);
    schedules = List.copyOf(schedules);
  }

  /** The activity types that trigger the workflow; empty when {@code types} was not given. */
  public List<String> types() {
    return lists.getOrDefault("types", List.of());
  }

  /** The names of the workflows whose runs trigger a {@code workflow_run} workflow. */
  public List<String> workflows() {
    return lists.getOrDefault("workflows", List.of());
  }

  /** A {@code workflow_dispatch} input by name. */
  public Optional<DispatchInput> input(String name) {
    return inputs.stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
