package dev.rehearsal.runner.job;

import dev.rehearsal.runner.action.NativeAction;
import java.util.Map;

/**
 * An action's post step, registered when its main step starts and run at the end of the job, in
 * reverse order, under {@code always()} (an action's default {@code post-if}).
 */
record PostStep(
    JobStep main,
    String contextName,
    NativeAction action,
    Map<String, String> inputs,
    Map<String, String> state) {
  String displayName() {
    return "Post " + main.displayName();
  }
}
