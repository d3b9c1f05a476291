package dev.rehearsal.cli.explain;

import java.io.PrintWriter;
import java.util.Locale;

/** How {@code rehearse explain} and {@code rehearse up} write a decision for a reader. */
public final class DecisionText {
  private DecisionText() {}

  /**
   * One line: time, outcome, the summary (who asked what, allowed or why not) and the request id to
   * ask {@code rehearse explain} about.
   */
  public static String line(RecordedDecision decision) {
    String time = decision.time();
    int t = time.indexOf('T');
    String clock = t < 0 || time.length() < t + 9 ? time : time.substring(t + 1, t + 9);
    return clock
        + "  "
        + String.format(Locale.ROOT, "%-7s", decision.outcome())
        + "  "
        + decision.summary()
        + "  ["
        + decision.requestId()
        + "]";
  }

  /** The whole decision: its fields, then core's explanation line by line. */
  public static void full(PrintWriter out, RecordedDecision decision) {
    out.println("request   " + decision.requestId());
    out.println("time      " + decision.time());
    out.println("service   " + decision.service() + "  action " + decision.action());
    out.println("caller    " + decision.caller());
    out.println(
        "outcome   "
            + decision.outcome()
            + (decision.errorCode() == null ? "" : "  (" + decision.errorCode() + ")"));
    out.println("summary   " + decision.summary());
    out.println();
    out.println("why:");
    for (String line : decision.explanation()) {
      out.println("  " + line);
    }
  }
}
