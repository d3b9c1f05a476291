package dev.rehearsal.core.github;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The events that trigger workflows, a closed list (docs.github.com, "Events that trigger
 * workflows"): a token's {@code event_name} is one of them, so a misspelt event is refused — by
 * {@code rehearse token}, in a scenario file, by the oidc-emulator's admin API — rather than minted
 * into a token no GitHub run could have.
 */
public final class WorkflowEvents {
  /** Every event, sorted. */
  public static final List<String> NAMES =
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

  private static final Set<String> KNOWN = Set.copyOf(NAMES);

  private WorkflowEvents() {}

  public static boolean known(String event) {
    return KNOWN.contains(event);
  }

  /** The event {@code event} is most likely a typo of, when it is near one. */
  public static Optional<String> closest(String event) {
    String closest =
        NAMES.stream().min(Comparator.comparingInt(name -> distance(event, name))).orElseThrow();
    return distance(event, closest) <= Math.max(2, closest.length() / 3)
        ? Optional.of(closest)
        : Optional.empty();
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
