package dev.rehearsal.runner.action;

/**
 * An action the runner runs in this JVM instead of from its code: it behaves as the action's
 * published code does (inputs, outputs, exported variables, masking, messages), through an {@link
 * ActionContext} that gives it what @actions/core gives a JavaScript action. A failure is an {@link
 * ActionFailedException} with the action's own message.
 */
public interface NativeAction {
  ActionMetadata metadata();

  /** The action's main step. */
  void main(ActionContext context);

  /** Its post step, run at the end of the job when {@link ActionMetadata#hasPost()}. */
  default void post(ActionContext context) {}
}
