package dev.rehearsal.runner.job;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rehearsal.core.github.WorkflowRun;
import dev.rehearsal.runner.RunnerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A job's folders, laid out as a GitHub-hosted runner's under its work folder: the workspace {@code
 * WORK/REPO/REPO}, {@code RUNNER_TEMP} ({@code WORK/_temp}), the tool cache ({@code WORK/_tool}),
 * the event payload file, and a docker configuration folder of the job's own ({@code
 * WORK/_temp/_docker}) so that a rehearsal's {@code docker login} never touches the user's.
 */
public record JobDirectories(
    Path work, Path workspace, Path temp, Path toolCache, Path dockerConfig, Path eventFile) {

  /** {@code WORK/REPO/REPO}: where the job's workspace is, before it is made. */
  public static Path workspaceOf(Path work, WorkflowRun run) {
    return work.toAbsolutePath()
        .normalize()
        .resolve(run.repositoryName())
        .resolve(run.repositoryName());
  }

  public static JobDirectories create(Path work, WorkflowRun run) {
    Path root = work.toAbsolutePath().normalize();
    Path workspace = workspaceOf(work, run);
    Path temp = root.resolve("_temp");
    JobDirectories directories =
        new JobDirectories(
            root,
            workspace,
            temp,
            root.resolve("_tool"),
            temp.resolve("_docker"),
            temp.resolve("_github_workflow").resolve("event.json"));
    try {
      Files.createDirectories(workspace);
      Files.createDirectories(directories.toolCache());
      Files.createDirectories(directories.dockerConfig());
      Files.createDirectories(directories.eventFile().getParent());
      Files.writeString(directories.eventFile(), eventPayload(run), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RunnerException("cannot lay out the job's folders under " + root + ": " + e, e);
    }
    return directories;
  }

  /** The least of a webhook payload: what actions commonly read from {@code GITHUB_EVENT_PATH}. */
  private static String eventPayload(WorkflowRun run) {
    var json = JsonNodeFactory.instance.objectNode();
    json.put("ref", run.ref());
    json.put("after", run.sha());
    var repository = json.putObject("repository");
    repository.put("full_name", run.repository());
    repository.put("name", run.repositoryName());
    repository.putObject("owner").put("login", run.repositoryOwner());
    json.putObject("sender").put("login", run.actor());
    return json.toPrettyString();
  }
}
