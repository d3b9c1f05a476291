package dev.rehearsal.runner.job;

import dev.rehearsal.runner.action.ActionRef;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GITHUB_ACTION} for each step: its {@code id:}, or the name the runner makes up for a step
 * without one ({@code __run}, {@code __run_2}, …; {@code __actions_checkout} for an action, {@code
 * __self} for a {@code ./path} one), as docs.github.com describes {@code GITHUB_ACTION}.
 */
final class StepNames {
  private final Map<String, Integer> seen = new HashMap<>();

  String contextName(JobStep step) {
    if (step.id().isPresent()) {
      return step.id().get();
    }
    String base = "__run";
    if (step.action() instanceof StepAction.Uses uses) {
      // A ./path action is "__self" (github/docs#31458).
      base =
          uses.action() instanceof ActionRef.Repository repository
              ? "__" + repository.owner() + "_" + repository.repository()
              : "__self";
    }
    int count = seen.merge(base, 1, Integer::sum);
    return count == 1 ? base : base + "_" + count;
  }
}
