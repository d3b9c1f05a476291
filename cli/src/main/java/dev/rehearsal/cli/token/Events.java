package dev.rehearsal.cli.token;

import dev.rehearsal.cli.UserError;
import dev.rehearsal.core.github.WorkflowEvents;

/** {@code --event} checked against GitHub's events ({@link WorkflowEvents}) before any request. */
public final class Events {
  private Events() {}

  /**
   * @throws UserError when {@code event} is not one of GitHub's: the closest one first when it is
   *     near (a typo), then every event
   */
  public static void check(String event) {
    if (WorkflowEvents.known(event)) {
      return;
    }
    throw new UserError(
        "--event "
            + event
            + " is not an event that triggers GitHub workflows"
            + WorkflowEvents.closest(event).map(c -> "; did you mean " + c + "?").orElse(".")
            + " GitHub's events: "
            + String.join(", ", WorkflowEvents.NAMES));
  }
}
