package dev.rehearsal.runner.action;

/**
 * An action the runner runs as one step of a job, through an {@link ActionContext} that gives it
 * what @actions/core gives a JavaScript action: one run natively (in this JVM), behaving as the
 * action's published code does (inputs, outputs, exported variables, masking, messages), or one run
 * from its code on disk. A failure is an {@link ActionFailedException} with the action's own
 * message, or {@link ActionContext#fail()} when the action's code has printed it.
 */
public interface NativeAction {
  ActionMetadata metadata();

  /** Its pre step, run before the job's first step when {@link ActionMetadata#hasPre()}. */
  default void pre(ActionContext context) {}

  /** The action's main step. */
  void main(ActionContext context);

  /** Its post step, run at the end of the job when {@link ActionMetadata#hasPost()}. */
  default void post(ActionContext context) {}
}
