package dev.rehearsal.core.github;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workflow run as people write it on a command line or in a scenario file — a repository, a ref
 * that may be a bare branch name, an event — turned into the run GitHub would have: the full ref,
 * and for pull requests the number, {@code base_ref} and {@code head_ref} GitHub sets only for them
 * (docs.github.com, "Contexts reference"). One place, so that {@code rehearse token} and {@code
 * rehearse check} read the same shorthand the same way.
 */
public final class RunShorthand {
  private static final Set<String> PULL_REQUEST_EVENTS =
      Set.of("pull_request", "pull_request_target");
  private static final Pattern PULL_REF = Pattern.compile("refs/pull/([1-9][0-9]{0,8})/merge");

  private RunShorthand() {}

  /** {@code main} → {@code refs/heads/main}; a full ref stays as it is. */
  public static String fullRef(String ref) {
    return ref.startsWith("refs/") ? ref : "refs/heads/" + ref;
  }

  public static boolean isPullRequest(String event) {
    return PULL_REQUEST_EVENTS.contains(event);
  }

  /** The {@code job_workflow_ref} of the seed's deploy workflow in {@code repository} at a ref. */
  public static String deployWorkflowRef(String repository, String fullRef) {
    return repository + "/.github/workflows/deploy.yml@" + fullRef;
  }

  /**
   * A builder with the repository, the full ref and the event set; a pull request's ref must be
   * {@code refs/pull/N/merge}, and {@code baseRef}/{@code headRef} are used only for pull requests.
   *
   * @throws GitHubValidationException when a pull-request event comes with another ref
   */
  public static WorkflowRunBuilder builder(
      String repository, String ref, String event, String baseRef, String headRef) {
    String fullRef = fullRef(ref);
    WorkflowRunBuilder builder = WorkflowRun.builder().repository(repository).ref(fullRef);
    if (isPullRequest(event)) {
      Matcher pull = PULL_REF.matcher(fullRef);
      if (!pull.matches()) {
        throw new GitHubValidationException(
            400, "a " + event + " run needs ref refs/pull/N/merge, got " + ref, null);
      }
      builder.pullRequest(Integer.parseInt(pull.group(1)), baseRef, headRef);
    }
    return builder.eventName(event);
  }
}
