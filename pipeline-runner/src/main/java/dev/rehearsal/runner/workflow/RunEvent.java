package dev.rehearsal.runner.workflow;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.core.github.WorkflowRunBuilder;
import dev.rehearsal.core.workflow.trigger.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The event a rehearsal simulates: what GitHub's webhook and run would say (GitHub Docs, "Events
 * that trigger workflows" and "Contexts reference", {@code github}). A pull request carries its
 * number and branches; one from a fork gets GitHub's fork rules (no secrets, a read-only token).
 */
public record RunEvent(
    String name,
    String repository,
    String ref,
    String sha,
    String actor,
    Optional<Integer> pullRequest,
    Optional<String> baseRef,
    Optional<String> headRef,
    boolean fromFork,
    ObjectNode payload,
    Map<String, String> inputs,
    Optional<List<String>> changedPaths) {
  public RunEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(sha, "sha");
    Objects.requireNonNull(actor, "actor");
    payload = payload == null ? JsonNodeFactory.instance.objectNode() : payload.deepCopy();
    inputs = Map.copyOf(new LinkedHashMap<>(inputs));
    changedPaths = changedPaths.map(List::copyOf);
  }

  /** A push of {@code ref} (e.g. {@code refs/heads/main}) to {@code repository}. */
  public static RunEvent push(String repository, String ref, String sha, String actor) {
    return of("push", repository, ref, sha, actor);
  }

  /** A pull request from {@code head} into {@code base}, from a fork or not. */
  public static RunEvent pullRequest(
      String repository,
      int number,
      String base,
      String head,
      String sha,
      String actor,
      boolean fromFork) {
    return new RunEvent(
        "pull_request",
        repository,
        "refs/pull/" + number + "/merge",
        sha,
        actor,
        Optional.of(number),
        Optional.of(base),
        Optional.of(head),
        fromFork,
        null,
        Map.of(),
        Optional.empty());
  }

  /** Any other event, of {@code ref}. */
  public static RunEvent of(String name, String repository, String ref, String sha, String actor) {
    return new RunEvent(
        name,
        repository,
        ref,
        sha,
        actor,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        null,
        Map.of(),
        Optional.empty());
  }

  public RunEvent withInputs(Map<String, String> values) {
    return new RunEvent(
        name,
        repository,
        ref,
        sha,
        actor,
        pullRequest,
        baseRef,
        headRef,
        fromFork,
        payload,
        values,
        changedPaths);
  }

  public RunEvent withPayload(ObjectNode value) {
    return new RunEvent(
        name,
        repository,
        ref,
        sha,
        actor,
        pullRequest,
        baseRef,
        headRef,
        fromFork,
        value,
        inputs,
        changedPaths);
  }

  public RunEvent withChangedPaths(List<String> paths) {
    return new RunEvent(
        name,
        repository,
        ref,
        sha,
        actor,
        pullRequest,
        baseRef,
        headRef,
        fromFork,
        payload,
        inputs,
        Optional.of(paths));
  }

  /** The event as core's trigger filters read it (an unknown diff runs path filters). */
  Event trigger() {
    List<String> paths = changedPaths.orElse(List.of());
    Event event;
    if (name.equals("push")) {
      event = Event.push(ref, paths);
    } else if (pullRequest.isPresent() && name.equals("pull_request")) {
      event = Event.pullRequest(baseRef.orElse("main"), paths).withFork(fromFork);
    } else {
      event = Event.of(name).withRef(ref);
    }
    return changedPaths.isPresent() ? event : event.withUnknownChanges();
  }

  /**
   * The run's identity as the token issuer turns it into claims, for {@code workflowPath} (e.g.
   * {@code .github/workflows/deploy.yml}) and the job's {@code environment}.
   */
  WorkflowRun run(String workflowName, String workflowPath, Optional<String> environment) {
    String workflowRef = repository + "/" + workflowPath + "@" + ref;
    WorkflowRunBuilder builder =
        WorkflowRun.builder()
            .repository(repository)
            .sha(sha)
            .actor(actor)
            .workflow(workflowName)
            .workflowRef(workflowRef)
            .jobWorkflowRef(workflowRef);
    if (pullRequest.isPresent()) {
      builder.pullRequest(pullRequest.get(), baseRef.orElse("main"), headRef.orElse("topic"));
      builder.eventName(name);
    } else {
      builder.ref(ref).eventName(name);
    }
    environment.ifPresent(builder::environment);
    return builder.build();
  }
}
