package dev.rehearsal.runner.job;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code GITHUB_ACTION} for each step: its {@code id:}, or the name the runner makes up for a step
 * without one ({@code __run}, {@code __run_2}, …; {@code __actions_checkout} for an action), as
 * docs.github.com describes {@code GITHUB_ACTION}.
 */
final class StepNames {
  private final Map<String, Integer> seen = new HashMap<>();

  String contextName(JobStep step) {
    if (step.id().isPresent()) {
      return step.id().get();
    }
    String base =
        step.action() instanceof StepAction.Uses uses
            ? "__" + uses.action().owner() + "_" + uses.action().repository()
            : "__run";
    int count = seen.merge(base, 1, Integer::sum);
    return count == 1 ? base : base + "_" + count;
  }
}
