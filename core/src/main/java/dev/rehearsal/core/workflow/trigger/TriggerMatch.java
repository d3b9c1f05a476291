package dev.rehearsal.core.workflow.trigger;

/**
 * Whether an event runs the workflow, and why: which trigger and filters let it through, or which
 * one stopped it ("push to refs/heads/dev does not match branches [main]").
 */
public record TriggerMatch(boolean runs, String reason) {
  static TriggerMatch runs(String reason) {
    return new TriggerMatch(true, reason);
  }

  static TriggerMatch skipped(String reason) {
    return new TriggerMatch(false, reason);
  }
}
