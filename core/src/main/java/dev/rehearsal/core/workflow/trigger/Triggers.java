package dev.rehearsal.core.workflow.trigger;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The workflow's {@code on}: the events that run it, in file order, each with its filters. {@link
 * #match} answers whether an event runs the workflow and why, or why not.
 *
 * <pre>{@code
 * TriggerMatch match = workflow.triggers().match(Event.push("refs/heads/dev", List.of("app.js")));
 * match.runs();   // false
 * match.reason(); // "push to refs/heads/dev does not match branches [main] (no pattern matches it)"
 * }</pre>
 */
public record Triggers(List<EventTrigger> events, Location location) {
  public Triggers {
    events = List.copyOf(events);
  }

  /** The configuration of {@code name} under {@code on}, if the workflow runs on it. */
  public Optional<EventTrigger> event(String name) {
    return events.stream().filter(e -> e.event().equals(name)).findFirst();
  }

  /** The names of the events, in file order. */
  public List<String> names() {
    return events.stream().map(EventTrigger::event).toList();
  }

  /** Whether {@code event} runs the workflow and, either way, which trigger or filter says so. */
  public TriggerMatch match(Event event) {
    return event(event.name())
        .map(trigger -> TriggerMatcher.match(trigger, event))
        .orElseGet(
            () ->
                TriggerMatch.skipped(
                    "the workflow does not run on "
                        + event.name()
                        + " (on: "
                        + names().stream().collect(Collectors.joining(", "))
                        + ")"));
  }
}
