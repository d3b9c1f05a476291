package dev.rehearsal.core.lifecycle;

import java.time.Duration;
import java.util.Optional;

/**
 * Ends a child process when the process that started it is gone. {@code rehearse up} stops its
 * emulators itself on Ctrl-C; this covers the case it cannot (kill -9, a crash), so that no
 * emulator is left orphaned holding its port. The parent passes its pid as the system property
 * {@value #PROPERTY} (outside the emulators' {@code rehearsal.*} configuration on purpose).
 */
public final class ParentWatch {
  public static final String PROPERTY = "rehearse.parent-pid";
  static final Duration INTERVAL = Duration.ofMillis(500);

  private ParentWatch() {}

  /** The parent's pid from {@value #PROPERTY}, when a parent asked to be watched. */
  public static Optional<Long> parentPid() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          PROPERTY + " must be a process id, got '" + value + "'", e);
    }
  }

  /**
   * Starts a daemon thread that runs {@code onParentGone} once {@code pid} no longer runs (at once
   * if it is already gone). Returns the thread, for tests.
   */
  public static Thread watch(long pid, Runnable onParentGone) {
    Thread thread =
        new Thread(
            () -> {
              Optional<ProcessHandle> parent = ProcessHandle.of(pid);
              while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                  Thread.sleep(INTERVAL.toMillis());
                } catch (InterruptedException e) {
                  return;
                }
              }
              onParentGone.run();
            },
            "parent-watch-" + pid);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
