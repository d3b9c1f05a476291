package dev.rehearsal.cli.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.RunShorthand;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.core.github.WorkflowRunBuilder;
import java.util.Optional;

/**
 * The run context of {@code rehearse token} and {@code rehearse job}: core's run, and the same in
 * the claim names GitHub uses, checked by core's workflow-run model before anything is sent (so a
 * bad repository name or an event GitHub does not have is reported here, exit 2).
 */
public record RunContext(ObjectNode json, WorkflowRun run) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static RunContext of(
      String repository,
      String ref,
      String event,
      Optional<String> environment,
      String actor,
      Optional<String> workflowRef,
      Optional<String> audience,
      String baseRef,
      String headRef) {
    Events.check(event);
    // A bare branch name is the common case on a command line; GitHub's claims always carry the
    // full ref.
    String fullRef = RunShorthand.fullRef(ref);
    String jobWorkflowRef = workflowRef.orElse(RunShorthand.deployWorkflowRef(repository, fullRef));
    WorkflowRunBuilder run =
        RunShorthand.builder(repository, ref, event, baseRef, headRef)
            .actor(actor)
            .jobWorkflowRef(jobWorkflowRef);
    environment.ifPresent(run::environment);
    // validates: throws core's GitHubValidationException with a clear message
    WorkflowRun built = run.build();

    ObjectNode json = JSON.createObjectNode();
    if (RunShorthand.isPullRequest(event)) {
      json.put("base_ref", baseRef);
      json.put("head_ref", headRef);
    }
    json.put("repository", repository);
    json.put("ref", fullRef);
    json.put("event_name", event);
    json.put("actor", actor);
    json.put("job_workflow_ref", jobWorkflowRef);
    environment.ifPresent(value -> json.put("environment", value));
    audience.ifPresent(value -> json.put("audience", value));
    return new RunContext(json, built);
  }
}
