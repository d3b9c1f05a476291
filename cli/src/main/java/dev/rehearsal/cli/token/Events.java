package dev.rehearsal.cli.token;

import dev.rehearsal.cli.UserError;
import java.util.Comparator;
import java.util.List;

/**
 * The events that trigger workflows, a closed list (docs.github.com, "Events that trigger
 * workflows"): a token's {@code event_name} is one of them, so a misspelt {@code --event} is
 * refused rather than minted into a token no GitHub run could have.
 */
final class Events {
  static final List<String> NAMES =
      List.of(
          "branch_protection_rule",
          "check_run",
          "check_suite",
          "create",
          "delete",
          "deployment",
          "deployment_status",
          "discussion",
          "discussion_comment",
          "fork",
          "gollum",
          "image_version",
          "issue_comment",
          "issues",
          "label",
          "merge_group",
          "milestone",
          "page_build",
          "public",
          "pull_request",
          "pull_request_review",
          "pull_request_review_comment",
          "pull_request_target",
          "push",
          "registry_package",
          "release",
          "repository_dispatch",
          "schedule",
          "status",
          "watch",
          "workflow_call",
          "workflow_dispatch",
          "workflow_run");

  private Events() {}

  /**
   * @throws UserError when {@code event} is not one of GitHub's: the closest one first when it is
   *     near (a typo), then every event
   */
  static void check(String event) {
    if (NAMES.contains(event)) {
      return;
    }
    String closest =
        NAMES.stream().min(Comparator.comparingInt(name -> distance(event, name))).orElseThrow();
    boolean near = distance(event, closest) <= Math.max(2, closest.length() / 3);
    throw new UserError(
        "--event "
            + event
            + " is not an event that triggers GitHub workflows"
            + (near ? "; did you mean " + closest + "?" : ".")
            + " GitHub's events: "
            + String.join(", ", NAMES));
  }

  /** Levenshtein distance: the fewest insertions, deletions and substitutions from a to b. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
