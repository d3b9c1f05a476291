package dev.rehearsal.provisioner.direct.driver;

import dev.rehearsal.provisioner.aws.ServiceErrors;
import java.util.Set;

/** Best-effort clean-up after a failure, and deletes that accept a resource already gone. */
final class Undo {
  /** IAM's and ECR's answers for something that does not exist. */
  static final Set<String> GONE =
      Set.of(
          "NoSuchEntity",
          "RepositoryNotFoundException",
          "RepositoryPolicyNotFoundException",
          "LifecyclePolicyNotFoundException");

  private Undo() {}

  /**
   * Runs {@code undo} after {@code failure}; what undoing throws travels with the failure as a
   * suppressed exception. Returns the failure, for the caller to throw.
   */
  static RuntimeException after(RuntimeException failure, Runnable undo) {
    try {
      undo.run();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  /** Runs a delete; one that finds nothing to delete has done its work. */
  static void gone(Runnable delete) {
    try {
      delete.run();
    } catch (RuntimeException e) {
      if (!ServiceErrors.is(e, GONE)) {
        throw e;
      }
    }
  }
}
