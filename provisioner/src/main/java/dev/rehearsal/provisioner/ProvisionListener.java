package dev.rehearsal.provisioner;

/** What a caller is told while a stack is applied or destroyed, as it happens. */
public interface ProvisionListener {
  /** The plan, before anything is changed. */
  default void planned(StackPreview preview) {}

  /** A resource's or the stack's status changed. */
  default void event(StackEvent event) {}

  /** A sentence about the run: what is skipped, what is rolled back and why. */
  default void note(String message) {}

  /** A listener that hears nothing. */
  static ProvisionListener silent() {
    return new ProvisionListener() {};
  }
}
