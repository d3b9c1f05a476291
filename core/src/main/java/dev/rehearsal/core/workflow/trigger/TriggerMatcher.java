package dev.rehearsal.core.workflow.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether one configured event lets an event through, after docs.github.com, "Workflow
 * syntax for GitHub Actions" ({@code on.<event_name>.types}, {@code on.push.<branches|tags|...>},
 * {@code on.<push|pull_request|pull_request_target>.<paths|paths-ignore>}) and "Events that trigger
 * workflows".
 */
final class TriggerMatcher {
  /** "By default, a workflow only runs when a pull_request event's activity type is ...". */
  private static final List<String> DEFAULT_PULL_REQUEST_TYPES =
      List.of("opened", "synchronize", "reopened");

  /** "Diffs are limited to 300 files": only the first 300 changed files are filtered. */
  static final int DIFF_LIMIT = 300;

  private final EventTrigger trigger;
  private final Event event;
  private final List<String> passed = new ArrayList<>();

  private TriggerMatcher(EventTrigger trigger, Event event) {
    this.trigger = trigger;
    this.event = event;
  }

  static TriggerMatch match(EventTrigger trigger, Event event) {
    return new TriggerMatcher(trigger, event).match();
  }

  private TriggerMatch match() {
    Optional<String> stop = types().or(this::workflows).or(this::refs).or(this::paths);
    if (stop.isPresent()) {
      return TriggerMatch.skipped(stop.get());
    }
    String how = passed.isEmpty() ? "" : ": " + String.join("; ", passed);
    return TriggerMatch.runs("the workflow runs on " + event.name() + how);
  }

  private Optional<String> types() {
    List<String> types = trigger.types();
    boolean defaulted = types.isEmpty() && isPullRequestTarget();
    if (defaulted) {
      types = DEFAULT_PULL_REQUEST_TYPES;
    }
    if (event.type().isEmpty() || types.isEmpty()) {
      return Optional.empty();
    }
    String type = event.type().get();
    if (types.contains(type)) {
      passed.add("activity type '" + type + "' is in types " + types);
      return Optional.empty();
    }
    return Optional.of(
        event.name()
            + " activity type '"
            + type
            + "' is not in types "
            + types
            + (defaulted ? " (the default when types is not given)" : ""));
  }

  private boolean isPullRequestTarget() {
    return event.name().equals("pull_request") || event.name().equals("pull_request_target");
  }

  private Optional<String> workflows() {
    List<String> workflows = trigger.workflows();
    if (workflows.isEmpty()) {
      return Optional.empty();
    }
    String name = event.workflow().orElse(null);
    if (name != null && workflows.contains(name)) {
      passed.add("workflow '" + name + "' is in workflows " + workflows);
      return Optional.empty();
    }
    return Optional.of(
        "workflow_run of "
            + (name == null ? "an unnamed workflow" : "'" + name + "'")
            + " is not in workflows "
            + workflows);
  }

  /**
   * Branches and tags: with only one of the two filtered, events for the other kind of ref do not
   * run the workflow; with neither, every ref does ("If you define only tags/tags-ignore or only
   * branches/branches-ignore, the workflow won't run for events affecting the undefined Git ref").
   */
  private Optional<String> refs() {
    Optional<PatternFilter> branches = trigger.branches();
    Optional<PatternFilter> tags = trigger.tags();
    if (branches.isEmpty() && tags.isEmpty()) {
      return Optional.empty();
    }
    String what = event.name() + " " + (event.name().equals("push") ? "to " : "for ");
    if (event.ref().isEmpty()) {
      return Optional.of(
          what + "no ref: the trigger filters " + branches.or(() -> tags).orElseThrow());
    }
    String ref = event.ref().get();
    Optional<PatternFilter> filter = event.isTag() ? tags : branches;
    if (filter.isEmpty()) {
      PatternFilter other = event.isTag() ? branches.orElseThrow() : tags.orElseThrow();
      String kind = event.isTag() ? "tags" : "branches";
      return Optional.of(
          what + ref + " does not run it: the trigger filters " + other + " and not " + kind);
    }
    return check(filter.get(), event.refName().orElseThrow(), what + ref);
  }

  private Optional<String> check(PatternFilter filter, String name, String subject) {
    boolean selected = filter.selects(name);
    String explanation = " (" + filter.explain(name) + ")";
    if (filter.ignores() == selected) {
      String verb = filter.ignores() ? " matches " : " does not match ";
      return Optional.of(subject + verb + filter + explanation);
    }
    passed.add(
        subject + (filter.ignores() ? " does not match " : " matches ") + filter + explanation);
    return Optional.empty();
  }

  /**
   * Paths: not evaluated for tag pushes; an unknown diff lets the workflow run; no changed file
   * stops it; {@code paths} needs one selected file, {@code paths-ignore} one file it does not
   * ignore ("If there are no files changed, the workflow will not run").
   */
  private Optional<String> paths() {
    if (trigger.paths().isEmpty() || event.isTag()) {
      return Optional.empty();
    }
    PatternFilter filter = trigger.paths().get();
    if (event.changedPaths().isEmpty()) {
      passed.add(filter + " not evaluated: the changed files are unknown");
      return Optional.empty();
    }
    List<String> changed = event.changedPaths().get();
    if (changed.isEmpty()) {
      return Optional.of(event.name() + " changed no files, so " + filter + " stops it");
    }
    List<String> examined = changed.subList(0, Math.min(changed.size(), DIFF_LIMIT));
    for (String path : examined) {
      if (filter.selects(path) != filter.ignores()) {
        passed.add(
            "changed file "
                + path
                + (filter.ignores() ? " does not match " : " matches ")
                + filter);
        return Optional.empty();
      }
    }
    String limit = changed.size() > DIFF_LIMIT ? " (GitHub looks at the first 300 only)" : "";
    if (examined.size() == 1) {
      String verb = filter.ignores() ? " matches " : " does not match ";
      return Optional.of("the changed file " + examined.get(0) + verb + filter + limit);
    }
    String files = (filter.ignores() ? "every one of the " : "none of the ") + examined.size();
    return Optional.of(files + " changed files matches " + filter + limit);
  }
}
