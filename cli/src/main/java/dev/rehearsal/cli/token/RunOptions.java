package dev.rehearsal.cli.token;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The run a job belongs to, as {@code rehearse token} and {@code rehearse job} take it (a picocli
 * mixin): repository, ref, event, environment, actor, workflow and a pull request's branches.
 */
public final class RunOptions {
  @Option(
      names = "--repo",
      required = true,
      paramLabel = "OWNER/REPO",
      description = "The repository the job runs in, e.g. acme/app")
  String repository;

  @Option(
      names = "--ref",
      required = true,
      paramLabel = "REF",
      description =
          "The ref: refs/heads/BRANCH, refs/tags/TAG, refs/pull/N/merge, or a bare branch name"
              + " (main means refs/heads/main)")
  String ref;

  @Option(
      names = "--event",
      defaultValue = "push",
      paramLabel = "NAME",
      description =
          "The triggering event, one of GitHub's (default: ${DEFAULT-VALUE}): pull_request,"
              + " pull_request_target, workflow_dispatch, schedule, release, ...")
  String event;

  @Option(names = "--environment", paramLabel = "ENV", description = "The job's environment")
  Optional<String> environment;

  @Option(
      names = "--actor",
      defaultValue = "octocat",
      paramLabel = "NAME",
      description = "Who triggered the run (default: ${DEFAULT-VALUE})")
  String actor;

  @Option(
      names = "--workflow-ref",
      paramLabel = "REF",
      description =
          "job_workflow_ref, OWNER/REPO/PATH@FULL_REF (default: deploy.yml in the repository's"
              + " .github/workflows at the ref; an example below)")
  Optional<String> workflowRef;

  @Option(
      names = "--base-ref",
      defaultValue = "main",
      paramLabel = "BRANCH",
      description = "Pull requests only: the branch merged into (default: ${DEFAULT-VALUE})")
  String baseRef;

  @Option(
      names = "--head-ref",
      defaultValue = "feature",
      paramLabel = "BRANCH",
      description = "Pull requests only: the branch proposed (default: ${DEFAULT-VALUE})")
  String headRef;

  /** The run context, checked by core; {@code audience} for a token asked for directly. */
  RunContext context(Optional<String> audience) {
    return RunContext.of(
        repository, ref, event, environment, actor, workflowRef, audience, baseRef, headRef);
  }
}
