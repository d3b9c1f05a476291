package dev.rehearsal.runner.job;

import dev.rehearsal.runner.action.NativeAction;
import java.util.Map;

/**
 * A step that uses an action, for one of the action's stages: the step, its {@code GITHUB_ACTION}
 * name, the action, the inputs it runs with and the state its earlier stages saved. A post step is
 * registered when its main step runs and runs at the end of the job, in reverse order, under the
 * action's {@code post-if}.
 */
record ActionStep(
    JobStep step,
    String contextName,
    NativeAction action,
    Map<String, String> inputs,
    Map<String, String> state) {
  StepAction.Uses uses() {
    return (StepAction.Uses) step.action();
  }

  /** {@code Pre <name>} or {@code Post <name>}, as the runner names an action's other stages. */
  String displayName(String stage) {
    return stage + " " + step.displayName();
  }
}
