package dev.rehearsal.core.workflow.trigger;

import dev.rehearsal.core.github.WorkflowEvents;
import dev.rehearsal.core.workflow.source.WorkflowException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An event that may run a workflow, with what GitHub's triggers look at:
 *
 * <ul>
 *   <li>{@code name}: one of "Events that trigger workflows" ({@link WorkflowEvents});
 *   <li>{@code type}: the activity type ({@code opened}, {@code closed}, ...), if the event has
 *       one;
 *   <li>{@code ref}: the ref the branch and tag filters are matched against: for {@code push} the
 *       pushed ref ({@code refs/heads/main}, {@code refs/tags/v1}); for {@code pull_request},
 *       {@code pull_request_target} and {@code merge_group} the base branch the pull request
 *       targets; for {@code workflow_run} the head branch of the run that triggered it. A bare name
 *       is a branch;
 *   <li>{@code changedPaths}: the files the push or pull request changed; empty when GitHub could
 *       not tell (more than 1,000 commits, or the diff timed out), in which case a path filter lets
 *       the workflow run;
 *   <li>{@code fromFork}: a pull request from a forked repository (or one Dependabot opened, which
 *       GitHub treats the same), which gets a read-only token;
 *   <li>{@code workflow}: for {@code workflow_run}, the name of the workflow that ran.
 * </ul>
 */
public record Event(
    String name,
    Optional<String> type,
    Optional<String> ref,
    Optional<List<String>> changedPaths,
    boolean fromFork,
    Optional<String> workflow) {
  public Event {
    Objects.requireNonNull(name, "name");
    if (!WorkflowEvents.known(name)) {
      String hint = WorkflowEvents.closest(name).map(c -> "did you mean '" + c + "'? ").orElse("");
      throw new WorkflowException(
          "Unknown event '" + name + "'",
          null,
          "",
          hint + "events that trigger workflows are " + String.join(", ", WorkflowEvents.NAMES));
    }
    changedPaths = changedPaths.map(List::copyOf);
  }

  /** An event with nothing but its name (e.g. {@code workflow_dispatch}, {@code schedule}). */
  public static Event of(String name) {
    return new Event(
        name, Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
  }

  /** A push of {@code ref} ({@code refs/heads/main} or {@code refs/tags/v1}) changing files. */
  public static Event push(String ref, List<String> changedPaths) {
    return of("push").withRef(ref).withChangedPaths(changedPaths);
  }

  /** A pull request ({@code opened}) that targets {@code baseBranch} and changes files. */
  public static Event pullRequest(String baseBranch, List<String> changedPaths) {
    return of("pull_request").withType("opened").withRef(baseBranch).withChangedPaths(changedPaths);
  }

  public Event withType(String activityType) {
    return new Event(name, Optional.of(activityType), ref, changedPaths, fromFork, workflow);
  }

  public Event withRef(String newRef) {
    return new Event(name, type, Optional.of(newRef), changedPaths, fromFork, workflow);
  }

  public Event withChangedPaths(List<String> paths) {
    return new Event(name, type, ref, Optional.of(paths), fromFork, workflow);
  }

  /** The same event with the changed files unknown (GitHub could not generate the diff). */
  public Event withUnknownChanges() {
    return new Event(name, type, ref, Optional.empty(), fromFork, workflow);
  }

  public Event withFork(boolean fork) {
    return new Event(name, type, ref, changedPaths, fork, workflow);
  }

  public Event withWorkflow(String workflowName) {
    return new Event(name, type, ref, changedPaths, fromFork, Optional.of(workflowName));
  }

  /** True for the pull request events whose fork runs get a read-only token. */
  public boolean isPullRequest() {
    return name.equals("pull_request")
        || name.equals("pull_request_review")
        || name.equals("pull_request_review_comment");
  }

  /** True when {@code ref} names a tag ({@code refs/tags/...}). */
  public boolean isTag() {
    return ref.filter(r -> r.startsWith(TAGS)).isPresent();
  }

  /**
   * The branch or tag name the filters see: the ref without {@code refs/heads/} or {@code
   * refs/tags/}.
   */
  public Optional<String> refName() {
    return ref.map(
        r ->
            r.startsWith(TAGS)
                ? r.substring(TAGS.length())
                : r.startsWith(HEADS) ? r.substring(HEADS.length()) : r);
  }

  private static final String HEADS = "refs/heads/";
  private static final String TAGS = "refs/tags/";
}
