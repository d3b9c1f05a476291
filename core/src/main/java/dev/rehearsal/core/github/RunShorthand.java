package dev.rehearsal.core.github;

import java.util.Set;

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
  private static final String MERGE = "/merge";

  private RunShorthand() {}

  /** {@code main} → {@code refs/heads/main}; a full ref stays as it is. */
  public static String fullRef(String ref) {
    return ref.startsWith("refs/") ? ref : "refs/heads/".concat(ref);
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
      if (pullNumber(fullRef) < 0) {
        throw new GitHubValidationException(
            400, "a " + event + " run needs ref refs/pull/N/merge, got " + ref, null);
      }
      // What pullRequest(number, ..) sets but the ref: "refs/pull/" + number + "/merge" is fullRef
      // itself, the number having no leading zero (RunShorthandProperties).
      builder.baseRef(baseRef).headRef(headRef);
    }
    return builder.eventName(event);
  }

  /**
   * N of {@code refs/pull/N/merge} when {@code fullRef} matches {@code
   * refs/pull/([1-9][0-9]{0,8})/merge} (so N fits an int), else -1; by hand rather than with a
   * regular expression's matcher, which cost a tenth of reading a generated scenario file.
   */
  static int pullNumber(String fullRef) {
    if (!fullRef.startsWith(RefType.PULL) || !fullRef.endsWith(MERGE)) {
      return -1;
    }
    int from = RefType.PULL.length();
    int to = fullRef.length() - MERGE.length();
    if (to - from < 1 || to - from > 9 || fullRef.charAt(from) == '0') {
      return -1;
    }
    int number = 0;
    for (int i = from; i < to; i++) {
      char c = fullRef.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
