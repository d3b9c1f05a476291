package dev.rehearsal.core.workflow.trigger;

import dev.rehearsal.core.github.WorkflowEvents;
import dev.rehearsal.core.workflow.source.Node;
import dev.rehearsal.core.workflow.source.Values;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code on}: an event name, a list of them, or a mapping of events to their configuration
 * (docs.github.com, "Workflow syntax for GitHub Actions", {@code on}). Each event's keys are those
 * of GitHub's workflow schema (actions/runner, {@code WorkflowParser/workflow-v1.0.json}, {@code
 * on-mapping-strict}); {@code workflow_call}'s inputs, outputs and secrets belong to reusable
 * workflows, which the rehearsal does not run.
 */
public final class TriggersReader {
  private static final List<String> PUSH =
      List.of("branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore");
  private static final List<String> PULL_REQUEST =
      List.of("types", "branches", "branches-ignore", "paths", "paths-ignore");
  private static final Map<String, List<String>> KEYS = keys();
  private static final Map<String, String> UNSUPPORTED =
      Map.of(
          "inputs", "reusable workflows (workflow_call) are not run by the rehearsal",
          "outputs", "reusable workflows (workflow_call) are not run by the rehearsal",
          "secrets", "reusable workflows (workflow_call) are not run by the rehearsal");

  private TriggersReader() {}

  private static Map<String, List<String>> keys() {
    Map<String, List<String>> keys = new HashMap<>();
    for (String event : WorkflowEvents.NAMES) {
      keys.put(event, List.of("types"));
    }
    for (String bare :
        List.of(
            "create",
            "delete",
            "deployment",
            "deployment_status",
            "fork",
            "gollum",
            "page_build",
            "public",
            "status",
            "workflow_call")) {
      keys.put(bare, List.of());
    }
    keys.put("push", PUSH);
    keys.put("pull_request", PULL_REQUEST);
    keys.put("pull_request_target", PULL_REQUEST);
    keys.put("workflow_run", List.of("types", "workflows", "branches", "branches-ignore"));
    keys.put("merge_group", List.of("types", "branches", "branches-ignore"));
    keys.put("image_version", List.of("names", "types", "versions"));
    keys.put("workflow_dispatch", List.of("inputs"));
    return Map.copyOf(keys);
  }

  /** The triggers under {@code on}. */
  public static Triggers read(Node on) {
    List<EventTrigger> events = new ArrayList<>();
    if (on instanceof Node.Mapping mapping) {
      for (Node.Entry entry : mapping.entries()) {
        events.add(configured(entry));
      }
    } else {
      for (Node.Scalar name : Values.literals(on, "'on' names events")) {
        requireKnown(name);
        if (events.stream().anyMatch(e -> e.event().equals(name.text()))) {
          throw WorkflowException.at(name, "'" + name.text() + "' is already defined", null);
        }
        events.add(bare(name));
      }
    }
    if (events.isEmpty()) {
      throw WorkflowException.at(on, "No event triggers the workflow", "'on' names no event");
    }
    return new Triggers(events, on.location());
  }

  private static void requireKnown(Node.Scalar name) {
    if (!WorkflowEvents.known(name.text())) {
      String hint =
          WorkflowEvents.closest(name.text()).map(c -> "did you mean '" + c + "'? ").orElse("");
      throw WorkflowException.at(
          name,
          "Unexpected value '" + name.text() + "'",
          hint + "not one of GitHub's events that trigger workflows");
    }
  }

  private static EventTrigger bare(Node.Scalar name) {
    return scheduled(name, List.of());
  }

  /** An event with no filters: bare, or {@code schedule} with its cron lines. */
  private static EventTrigger scheduled(Node.Scalar name, List<Schedule> schedules) {
    return new EventTrigger(
        name.text(),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        schedules,
        name.location());
  }

  private static EventTrigger configured(Node.Entry entry) {
    Node.Scalar name = entry.key();
    requireKnown(name);
    Node value = entry.value();
    if (value instanceof Node.Scalar scalar && scalar.isNull()) {
      return bare(name);
    }
    if (name.text().equals("schedule")) {
      return schedules(name, value);
    }
    Node.Mapping config = Values.mapping(value, "the configuration of " + name.text());
    List<String> allowed = KEYS.get(name.text());
    Values.keys(
        config, allowed, name.text().equals("workflow_call") ? UNSUPPORTED : Map.of(), name.text());
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String list : List.of("types", "workflows", "names", "versions")) {
      config.get(list).ifPresent(v -> lists.put(list, texts(v, list)));
    }
    List<DispatchInput> inputs =
        config.get("inputs").map(DispatchInputsReader::read).orElse(List.of());
    return new EventTrigger(
        name.text(),
        lists,
        filter(config, "branches"),
        filter(config, "tags"),
        filter(config, "paths"),
        inputs,
        List.of(),
        name.location());
  }

  private static List<String> texts(Node node, String key) {
    return Values.literals(node, key + " is a name or a list of names").stream()
        .map(Node.Scalar::text)
        .toList();
  }

  /**
   * {@code branches} or {@code branches-ignore} (likewise tags, paths), never both: GitHub refuses
   * the pair with "you may only define one of branches and branches-ignore for a single event".
   */
  private static Optional<PatternFilter> filter(Node.Mapping config, String kind) {
    Optional<Node.Entry> include = config.entry(kind);
    Optional<Node.Entry> ignore = config.entry(kind + "-ignore");
    if (include.isPresent() && ignore.isPresent()) {
      Node.Entry second =
          include.get().key().location().line() > ignore.get().key().location().line()
              ? include.get()
              : ignore.get();
      throw WorkflowException.at(
          second.key(),
          "you may only define one of " + kind + " and " + kind + "-ignore for a single event",
          "use " + kind + " with '!' patterns to include and exclude");
    }
    return include.or(() -> ignore).map(TriggersReader::patterns);
  }

  private static PatternFilter patterns(Node.Entry entry) {
    List<FilterPattern> patterns = new ArrayList<>();
    for (Node.Scalar pattern :
        Values.literals(entry.value(), entry.name() + " is a pattern or a list of patterns")) {
      Optional<String> problem = FilterPattern.problem(pattern.text());
      if (problem.isPresent()) {
        throw WorkflowException.at(
            pattern, "Invalid pattern '" + pattern.text() + "'", problem.get());
      }
      patterns.add(FilterPattern.compile(pattern.text()));
    }
    return new PatternFilter(entry.name(), patterns, entry.key().location());
  }

  private static EventTrigger schedules(Node.Scalar name, Node value) {
    List<Schedule> schedules = new ArrayList<>();
    for (Node item :
        Values.sequence(value, "schedule is a list of '- cron: ...' entries").items()) {
      Node.Mapping entry = Values.mapping(item, "a schedule entry is '- cron: ...'");
      Values.keys(entry, List.of("cron", "timezone"), Map.of(), "a schedule entry");
      Node cron =
          entry
              .get("cron")
              .orElseThrow(
                  () ->
                      WorkflowException.at(
                          entry, "Missing required key 'cron' in schedule entry", null));
      String line = Values.literal(cron, "cron is a POSIX cron line");
      if (line.strip().split("\\s+").length != 5) {
        throw WorkflowException.at(
            cron,
            "Invalid cron expression. Expected format: '* * * * *' (minute hour day month weekday)",
            null);
      }
      Optional<String> timezone =
          entry.get("timezone").map(t -> Values.literal(t, "timezone is an IANA time zone"));
      schedules.add(new Schedule(line, timezone, cron.location()));
    }
    return scheduled(name, schedules);
  }
}
