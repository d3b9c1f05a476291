package dev.rehearsal.cli.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.core.github.WorkflowRunBuilder;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run context of {@code rehearse token}, in the claim names GitHub uses, checked by core's
 * workflow-run model before anything is sent (so a bad repository name is reported here, exit 2).
 */
record RunContext(ObjectNode json) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> PULL_REQUEST_EVENTS =
      Set.of("pull_request", "pull_request_target");
  private static final Pattern PULL_REF = Pattern.compile("refs/pull/([1-9][0-9]{0,8})/merge");

  static RunContext of(
      String repository,
      String ref,
      String event,
      Optional<String> environment,
      String actor,
      Optional<String> workflowRef,
      Optional<String> audience,
      String baseRef,
      String headRef) {
    // A bare branch name is the common case on a command line; GitHub's claims always carry the
    // full ref.
    String fullRef = ref.startsWith("refs/") ? ref : "refs/heads/" + ref;
    String jobWorkflowRef =
        workflowRef.orElse(repository + "/.github/workflows/deploy.yml@" + fullRef);
    WorkflowRunBuilder run = WorkflowRun.builder().repository(repository).ref(fullRef).actor(actor);
    ObjectNode json = JSON.createObjectNode();
    if (PULL_REQUEST_EVENTS.contains(event)) {
      // GitHub sets base_ref and head_ref only for pull requests, whose ref is refs/pull/N/merge.
      Matcher pull = PULL_REF.matcher(fullRef);
      if (!pull.matches()) {
        throw new UserError("--event " + event + " needs --ref refs/pull/N/merge, got " + ref);
      }
      run.pullRequest(Integer.parseInt(pull.group(1)), baseRef, headRef);
      json.put("base_ref", baseRef);
      json.put("head_ref", headRef);
    }
    run.eventName(event).jobWorkflowRef(jobWorkflowRef);
    environment.ifPresent(run::environment);
    run.build(); // validates: throws core's GitHubValidationException with a clear message

    json.put("repository", repository);
    json.put("ref", fullRef);
    json.put("event_name", event);
    json.put("actor", actor);
    json.put("job_workflow_ref", jobWorkflowRef);
    environment.ifPresent(value -> json.put("environment", value));
    audience.ifPresent(value -> json.put("audience", value));
    return new RunContext(json);
  }
}
