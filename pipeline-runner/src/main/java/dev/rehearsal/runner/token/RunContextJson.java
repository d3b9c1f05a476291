package dev.rehearsal.runner.token;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.core.github.WorkflowRun;

/**
 * A {@link WorkflowRun} as the oidc-emulator's run context: every member named after the claim it
 * sets (oidc-emulator/README.md, "Admin API"), so the job's tokens carry exactly this run.
 */
final class RunContextJson {
  private RunContextJson() {}

  static ObjectNode of(WorkflowRun run) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("repository", run.repository());
    json.put("repository_id", run.repositoryId());
    json.put("repository_owner_id", run.repositoryOwnerId());
    json.put("repository_visibility", run.repositoryVisibility().claimValue());
    json.put("ref", run.ref());
    json.put("ref_protected", run.refProtected());
    json.put("sha", run.sha());
    json.put("event_name", run.eventName());
    run.baseRef().ifPresent(value -> json.put("base_ref", value));
    run.headRef().ifPresent(value -> json.put("head_ref", value));
    run.environment().ifPresent(value -> json.put("environment", value));
    run.environmentNodeId().ifPresent(value -> json.put("environment_node_id", value));
    json.put("actor", run.actor());
    json.put("actor_id", run.actorId());
    json.put("workflow", run.workflow());
    json.put("workflow_ref", run.workflowRef());
    json.put("workflow_sha", run.workflowSha());
    json.put("job_workflow_ref", run.jobWorkflowRef());
    json.put("job_workflow_sha", run.jobWorkflowSha());
    json.put("run_id", run.runId());
    json.put("run_number", run.runNumber());
    json.put("run_attempt", run.runAttempt());
    json.put("runner_environment", run.runnerEnvironment().claimValue());
    run.checkRunId()
        .ifPresentOrElse(
            value -> json.put("check_run_id", value), () -> json.putNull("check_run_id"));
    run.enterprise().ifPresent(value -> json.put("enterprise", value));
    run.enterpriseId().ifPresent(value -> json.put("enterprise_id", value));
    json.put("immutable_subject", run.immutableSubject());
    return json;
  }
}
