package dev.rehearsal.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearsal.cli.UserError;
import dev.rehearsal.cli.token.Events;
import dev.rehearsal.core.github.RunShorthand;
import dev.rehearsal.runner.workflow.RunEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The simulated event of {@code rehearse run}: who pushed what where, or which pull request. */
public final class EventOptions {
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

  @Option(
      names = "--repo",
      defaultValue = "octo-org/octo-repo",
      paramLabel = "OWNER/REPO",
      description = "The repository the workflow runs in (default: ${DEFAULT-VALUE})")
  String repository;

  @Option(
      names = "--event",
      defaultValue = "push",
      paramLabel = "NAME",
      description = "The event, one of GitHub's (default: ${DEFAULT-VALUE})")
  String name;

  @Option(
      names = "--ref",
      defaultValue = "main",
      paramLabel = "REF",
      description =
          "The pushed ref: refs/heads/BRANCH, refs/tags/TAG, or a bare branch name (default:"
              + " ${DEFAULT-VALUE})")
  String ref;

  @Option(
      names = "--sha",
      paramLabel = "SHA",
      description = "The commit (default: the workspace's HEAD when it is a git repository)")
  Optional<String> sha;

  @Option(
      names = "--actor",
      defaultValue = "octocat",
      paramLabel = "LOGIN",
      description = "Who triggered the run (default: ${DEFAULT-VALUE})")
  String actor;

  @Option(
      names = "--pr",
      paramLabel = "N",
      description =
          "A pull request number: with --event pull_request (implied), ref refs/pull/N/merge")
  Optional<Integer> pullRequest;

  @Option(
      names = "--base-ref",
      defaultValue = "main",
      paramLabel = "BRANCH",
      description = "Pull requests: the branch merged into (default: ${DEFAULT-VALUE})")
  String baseRef;

  @Option(
      names = "--head-ref",
      defaultValue = "feature",
      paramLabel = "BRANCH",
      description = "Pull requests: the proposed branch (default: ${DEFAULT-VALUE})")
  String headRef;

  @Option(
      names = "--fork",
      description =
          "The pull request comes from a fork: no secrets, a read-only token, no id-token: write")
  boolean fork;

  @Option(
      names = "--input",
      paramLabel = "NAME=VALUE",
      description = "A workflow_dispatch input (the inputs context). Repeatable.")
  Map<String, String> inputs = new LinkedHashMap<>();

  @Option(
      names = "--changed",
      paramLabel = "PATH",
      description =
          "A file the push or pull request changes, for paths filters. Repeatable (default: the"
              + " changes are unknown, so paths filters let the workflow run, as GitHub does)")
  List<String> changed;

  @Option(
      names = {"--event-payload", "--payload"},
      paramLabel = "FILE",
      description =
          "The webhook payload (JSON) the github.event context holds; --payload is the same")
  Optional<Path> payload;

  RunEvent toEvent(Path workspace) {
    String event = pullRequest.isPresent() && name.equals("push") ? "pull_request" : name;
    Events.check(event);
    String commit = sha.orElseGet(() -> head(workspace));
    if (!SHA.matcher(commit).matches()) {
      throw new UserError("--sha " + commit + " is not a 40-character hexadecimal commit id");
    }
    RunEvent run =
        pullRequest.isPresent()
            ? RunEvent.pullRequest(
                repository, pullRequest.get(), baseRef, headRef, commit, actor, fork)
            : RunEvent.of(event, repository, RunShorthand.fullRef(ref), commit, actor);
    if (fork && pullRequest.isEmpty()) {
      throw new UserError("--fork is for pull requests: give --pr N too");
    }
    run = run.withInputs(inputs);
    if (changed != null) {
      run = run.withChangedPaths(changed);
    }
    if (payload.isPresent()) {
      run = run.withPayload(readPayload(payload.get()));
    }
    return run;
  }

  private static ObjectNode readPayload(Path file) {
    try {
      JsonNode node = new ObjectMapper().readTree(Files.readString(file));
      if (!(node instanceof ObjectNode object)) {
        throw new UserError("--event-payload " + file + " must hold a JSON object");
      }
      return object;
    } catch (IOException e) {
      throw new UserError("cannot read --event-payload " + file + ": " + e.getMessage());
    }
  }

  /** The workspace's HEAD commit, or a fixed one when it is not a git repository. */
  private static String head(Path workspace) {
    try {
      Process git =
          new ProcessBuilder("git", "-C", workspace.toString(), "rev-parse", "HEAD")
              .redirectErrorStream(true)
              .start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 && SHA.matcher(out).matches()) {
        return out;
      }
    } catch (IOException e) {
      // no git on this machine: the fixed commit below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "0123456789abcdef0123456789abcdef01234567";
  }
}
