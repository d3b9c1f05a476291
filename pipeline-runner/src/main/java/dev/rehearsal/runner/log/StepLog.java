package dev.rehearsal.runner.log;

/**
 * Where a step writes what a GitHub runner writes to its log: output lines, groups, annotations and
 * debug messages. Implementations mask secrets in everything they print.
 */
public interface StepLog {
  /** One line of output. */
  void info(String line);

  /** Opens a collapsible group ({@code ::group::title}). */
  void group(String title);

  /** Closes the open group ({@code ::endgroup::}). */
  void endGroup();

  /** An error, warning or notice. */
  void annotate(Annotation annotation);

  /** A debug message, shown only when step debug logging is on ({@code ACTIONS_STEP_DEBUG}). */
  void debug(String message);

  default void error(String message) {
    annotate(Annotation.of(AnnotationLevel.ERROR, message));
  }

  default void warning(String message) {
    annotate(Annotation.of(AnnotationLevel.WARNING, message));
  }

  default void notice(String message) {
    annotate(Annotation.of(AnnotationLevel.NOTICE, message));
  }
}
