package dev.rehearsal.runner.log;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A job's log as text, the way GitHub's log view shows a step: a group as its title with its lines
 * indented under it, an annotation as {@code Error: message}, debug lines as {@code ##[debug]…}
 * (only when asked for). Every line passes through the job's {@link SecretMasker} first, so no
 * registered secret is ever printed. Keeps the annotations for the job's report.
 */
public final class TextLog implements StepLog {
  private final PrintWriter out;
  private final SecretMasker masker;
  private final boolean debug;
  private final List<Annotation> annotations = new ArrayList<>();
  private int depth;

  public TextLog(PrintWriter out, SecretMasker masker, boolean debug) {
    this.out = out;
    this.masker = masker;
    this.debug = debug;
  }

  @Override
  public synchronized void info(String line) {
    print(line);
  }

  @Override
  public synchronized void group(String title) {
    print(title);
    depth = 1;
  }

  @Override
  public synchronized void endGroup() {
    depth = 0;
  }

  @Override
  public synchronized void annotate(Annotation annotation) {
    Annotation masked =
        new Annotation(
            annotation.level(), masker.mask(annotation.message()), annotation.properties());
    annotations.add(masked);
    print(masked.level().label() + ": " + masked.message());
  }

  @Override
  public synchronized void debug(String message) {
    if (debug) {
      print("##[debug]" + message);
    }
  }

  /** The annotations raised since the last call, masked; the job's report keeps them per step. */
  public synchronized List<Annotation> takeAnnotations() {
    List<Annotation> taken = List.copyOf(annotations);
    annotations.clear();
    return taken;
  }

  private void print(String text) {
    // A message of several lines is printed line by line, each masked and indented alike.
    for (String line : masker.mask(text).split("\r?\n", -1)) {
      out.println("  ".repeat(depth) + line);
    }
    out.flush();
  }
}
