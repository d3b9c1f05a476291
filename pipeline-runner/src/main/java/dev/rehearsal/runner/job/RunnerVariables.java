package dev.rehearsal.runner.job;

import dev.rehearsal.core.github.WorkflowRun;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default environment variables a GitHub-hosted Linux runner gives every step (docs.github.com,
 * "Variables", "Default environment variables"), from the run the job belongs to. A workflow's
 * {@code env:} cannot override them: they are applied after it.
 */
final class RunnerVariables {
  private RunnerVariables() {}

  static Map<String, String> of(
      WorkflowRun run, String jobId, JobDirectories directories, boolean debug) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("CI", "true");
    vars.put("GITHUB_ACTIONS", "true");
    vars.put("GITHUB_ACTOR", run.actor());
    vars.put("GITHUB_ACTOR_ID", run.actorId());
    vars.put("GITHUB_API_URL", "https://api.github.com");
    vars.put("GITHUB_BASE_REF", run.baseRef().orElse(""));
    vars.put("GITHUB_EVENT_NAME", run.eventName());
    vars.put("GITHUB_EVENT_PATH", directories.eventFile().toString());
    vars.put("GITHUB_GRAPHQL_URL", "https://api.github.com/graphql");
    vars.put("GITHUB_HEAD_REF", run.headRef().orElse(""));
    vars.put("GITHUB_JOB", jobId);
    vars.put("GITHUB_REF", run.ref());
    vars.put("GITHUB_REF_NAME", refName(run.ref()));
    vars.put("GITHUB_REF_PROTECTED", Boolean.toString(run.refProtected()));
    vars.put("GITHUB_REF_TYPE", run.refType().claimValue());
    vars.put("GITHUB_REPOSITORY", run.repository());
    vars.put("GITHUB_REPOSITORY_ID", run.repositoryId());
    vars.put("GITHUB_REPOSITORY_OWNER", run.repositoryOwner());
    vars.put("GITHUB_REPOSITORY_OWNER_ID", run.repositoryOwnerId());
    vars.put("GITHUB_RETENTION_DAYS", "90");
    vars.put("GITHUB_RUN_ATTEMPT", run.runAttempt());
    vars.put("GITHUB_RUN_ID", run.runId());
    vars.put("GITHUB_RUN_NUMBER", run.runNumber());
    vars.put("GITHUB_SERVER_URL", "https://github.com");
    vars.put("GITHUB_SHA", run.sha());
    vars.put("GITHUB_TRIGGERING_ACTOR", run.actor());
    vars.put("GITHUB_WORKFLOW", run.workflow());
    vars.put("GITHUB_WORKFLOW_REF", run.workflowRef());
    vars.put("GITHUB_WORKFLOW_SHA", run.workflowSha());
    vars.put("GITHUB_WORKSPACE", directories.workspace().toString());
    vars.put("RUNNER_ARCH", "X64");
    vars.put("RUNNER_ENVIRONMENT", run.runnerEnvironment().claimValue());
    vars.put("RUNNER_NAME", "rehearsal");
    vars.put("RUNNER_OS", "Linux");
    vars.put("RUNNER_TEMP", directories.temp().toString());
    vars.put("RUNNER_TOOL_CACHE", directories.toolCache().toString());
    if (debug) {
      vars.put("RUNNER_DEBUG", "1");
    }
    return vars;
  }

  /** {@code refs/heads/main} is {@code main}; {@code refs/pull/7/merge} is {@code 7/merge}. */
  static String refName(String ref) {
    for (String prefix : new String[] {"refs/heads/", "refs/tags/", "refs/pull/"}) {
      if (ref.startsWith(prefix)) {
        return ref.substring(prefix.length());
      }
    }
    return ref;
  }
}
