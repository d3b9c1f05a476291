package dev.rehearsal.provisioner.changeset;

import dev.rehearsal.provisioner.ProvisionException;

/**
 * The pause between two polls: short at first, since a local endpoint often answers at once, then
 * doubling up to two seconds, which keeps real AWS's request rates comfortable.
 */
final class Polling {
  private static final long FIRST_MILLIS = 50;
  private static final long MAX_MILLIS = 2000;

  private long next = FIRST_MILLIS;

  void pause() {
    try {
      Thread.sleep(next);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProvisionException("Interrupted", "Interrupted while waiting for CloudFormation");
    }
    next = Math.min(MAX_MILLIS, next * 2);
  }

  /** Back to short pauses: something just happened, more may follow soon. */
  void reset() {
    next = FIRST_MILLIS;
  }
}
