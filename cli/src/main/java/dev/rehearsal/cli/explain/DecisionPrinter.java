package dev.rehearsal.cli.explain;

import dev.rehearsal.cli.world.DataDirectory;
import java.io.PrintWriter;

/** What {@code rehearse up} prints while the world runs: one line per new decision. */
public final class DecisionPrinter {
  private DecisionPrinter() {}

  /** Prints each decision made from now on to {@code out}, on a daemon thread. */
  public static void print(DataDirectory data, PrintWriter out) {
    DecisionTail.start(
        DecisionFiles.of(data).current(),
        false,
        decision -> {
          synchronized (out) {
            out.println(DecisionText.line(decision));
            out.flush();
          }
        });
  }
}
