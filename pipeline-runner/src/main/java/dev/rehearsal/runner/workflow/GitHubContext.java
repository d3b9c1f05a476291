package dev.rehearsal.runner.workflow;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.WorkflowRun;
import java.nio.file.Path;

/**
 * The {@code github} context of a job (GitHub Docs, "Contexts reference", {@code github} context):
 * the run's identity, the event's name and payload, and where the job's files are.
 */
final class GitHubContext {
  private GitHubContext() {}

  static ObjectNode of(
      RunEvent event, WorkflowRun run, String jobId, Path workspace, Path eventFile) {
    ObjectNode github = JsonNodeFactory.instance.objectNode();
    github.put("action", "");
    github.put("actor", event.actor());
    github.put("actor_id", run.actorId());
    github.put("api_url", "https://api.github.com");
    github.put("base_ref", event.baseRef().orElse(""));
    github.put("env", "");
    github.set("event", payload(event));
    github.put("event_name", event.name());
    github.put("event_path", eventFile.toString());
    github.put("graphql_url", "https://api.github.com/graphql");
    github.put("head_ref", event.headRef().orElse(""));
    github.put("job", jobId);
    github.put("ref", run.ref());
    github.put("ref_name", refName(run.ref()));
    github.put("ref_protected", false);
    github.put("ref_type", run.ref().startsWith("refs/tags/") ? "tag" : "branch");
    github.put("repository", event.repository());
    github.put("repository_id", run.repositoryId());
    github.put("repository_owner", event.repository().split("/", 2)[0]);
    github.put("repository_owner_id", run.repositoryOwnerId());
    github.put("repositoryUrl", "git://github.com/" + event.repository() + ".git");
    github.put("retention_days", "90");
    github.put("run_id", run.runId());
    github.put("run_number", run.runNumber());
    github.put("run_attempt", run.runAttempt());
    github.put("secret_source", event.fromFork() ? "None" : "Actions");
    github.put("server_url", "https://github.com");
    github.put("sha", event.sha());
    github.put("token", "");
    github.put("triggering_actor", event.actor());
    github.put("workflow", run.workflow());
    github.put("workflow_ref", run.workflowRef());
    github.put("workflow_sha", event.sha());
    github.put("workspace", workspace.toString());
    return github;
  }

  /** The payload given, with the members a workflow commonly reads filled in when absent. */
  private static ObjectNode payload(RunEvent event) {
    ObjectNode payload = event.payload().deepCopy();
    if (!payload.has("repository")) {
      ObjectNode repository = payload.putObject("repository");
      repository.put("full_name", event.repository());
      repository.put("name", event.repository().split("/", 2)[1]);
      repository.putObject("owner").put("login", event.repository().split("/", 2)[0]);
      repository.put("fork", false);
    }
    if (event.name().equals("push") && !payload.has("ref")) {
      payload.put("ref", event.ref());
      payload.put("after", event.sha());
    }
    if (event.pullRequest().isPresent() && !payload.has("pull_request")) {
      payload.put("number", event.pullRequest().get());
      ObjectNode pull = payload.putObject("pull_request");
      pull.put("number", event.pullRequest().get());
      pull.putObject("base").put("ref", event.baseRef().orElse("main"));
      ObjectNode head = pull.putObject("head");
      head.put("ref", event.headRef().orElse(""));
      head.putObject("repo").put("fork", event.fromFork());
    }
    if (!event.inputs().isEmpty() && !payload.has("inputs")) {
      ObjectNode inputs = payload.putObject("inputs");
      event.inputs().forEach(inputs::put);
    }
    return payload;
  }

  private static String refName(String ref) {
    for (String prefix : new String[] {"refs/heads/", "refs/tags/"}) {
      if (ref.startsWith(prefix)) {
        return ref.substring(prefix.length());
      }
    }
    return ref.startsWith("refs/pull/") ? ref.substring("refs/pull/".length()) : ref;
  }
}
