package dev.rehearsal.runner.process;

/** A job's cancel switch: once set, the running process tree is ended and no step starts. */
public final class Cancellation {
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
