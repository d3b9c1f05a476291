package dev.rehearsal.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The demo as it happens, for a room: each phase's number and title, what should happen, each
 * side's line (who sent or decided what), the runner's log where a workflow ran, and whether it
 * went as the policies say, with the phase's time. Printed as it goes; kept for the JSON document
 * and the summary.
 */
final class Transcript {
  static final String AS_EXPECTED = "✓ as expected";
  static final String NOT_AS_EXPECTED = "✗ NOT as expected";
  private static final int WHO_WIDTH = 15;

  private final PrintWriter out;
  private final int phaseCount;
  private final List<Phase> phases = new ArrayList<>();

  Transcript(PrintWriter out, int phaseCount) {
    this.out = out;
    this.phaseCount = phaseCount;
  }

  PrintWriter out() {
    return out;
  }

  Phase begin(String id, String title, String expected) {
    Phase phase = new Phase(phases.size() + 1, id, title, expected);
    phases.add(phase);
    out.println();
    out.println("[" + phase.number() + "/" + phaseCount + "] " + title);
    say(phase, "expected", expected, false);
    return phase;
  }

  /** A side's line: {@code who} sent or decided {@code text} (several lines are indented). */
  void say(Phase phase, String who, String text) {
    say(phase, who, text, true);
  }

  private void say(Phase phase, String who, String text, boolean kept) {
    if (kept) {
      phase.add(new Phase.Line(who, text));
    }
    String[] lines = text.split("\n");
    out.printf("  %-" + WHO_WIDTH + "s %s%n", who, lines[0]);
    for (int i = 1; i < lines.length; i++) {
      out.printf("  %-" + WHO_WIDTH + "s %s%n", "", lines[i]);
    }
    out.flush();
  }

  /**
   * Where a workflow run writes its log: every line kept in the phase, those {@code shown} printed
   * under it with a bar.
   */
  PrintWriter log(Phase phase, Predicate<String> shown) {
    return new PrintWriter(new LineWriter(phase, shown), true);
  }

  void end(Phase phase, boolean asExpected, String outcome) {
    phase.end(asExpected, outcome);
    out.printf(
        "  %s: %s (%s)%n",
        asExpected ? AS_EXPECTED : NOT_AS_EXPECTED, outcome, seconds(phase.millis()));
    out.flush();
  }

  /** What stopped the phase under way: it ends as not as expected, with {@code message}. */
  void fail(String message) {
    Phase open = phases.isEmpty() ? null : phases.get(phases.size() - 1);
    if (open != null && !open.ended()) {
      say(open, "error", message);
      end(open, false, "stopped by an error");
    } else {
      out.println("  error: " + message);
      out.flush();
    }
  }

  List<Phase> phases() {
    return List.copyOf(phases);
  }

  boolean allAsExpected() {
    return phases.stream().allMatch(p -> p.ended() && p.asExpected());
  }

  /** The closing table: each phase's time and share of the whole, and the verdict. */
  void summary(long totalMillis) {
    out.println();
    out.println("Summary (" + seconds(totalMillis) + " in all):");
    for (Phase phase : phases) {
      long share = totalMillis == 0 ? 0 : Math.round(100.0 * phase.millis() / totalMillis);
      out.printf(
          "  %s %-74s %7s %3d%%%n",
          phase.ended() && phase.asExpected() ? "✓" : "✗",
          phase.number() + ". " + phase.title(),
          seconds(phase.millis()),
          share);
    }
    out.println(
        allAsExpected()
            ? "Everything behaved as the policies say it should."
            : "Something did NOT behave as the policies say it should: see the ✗ lines above.");
    out.flush();
  }

  ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ArrayNode array = json.putArray("phases");
    phases.forEach(phase -> array.add(phase.json()));
    return json;
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  /** Splits what the runner writes into lines, keeping each and printing those shown. */
  private final class LineWriter extends Writer {
    private final Phase phase;
    private final Predicate<String> shown;
    private final StringBuilder line = new StringBuilder();

    LineWriter(Phase phase, Predicate<String> shown) {
      this.phase = phase;
      this.shown = shown;
    }

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        char c = buffer[i];
        if (c == '\n') {
          emit();
        } else if (c != '\r') {
          line.append(c);
        }
      }
    }

    private void emit() {
      String text = line.toString();
      line.setLength(0);
      phase.logged(text);
      if (shown.test(text)) {
        out.println("    │ " + text);
        out.flush();
      }
    }

    @Override
    public synchronized void flush() {}

    @Override
    public synchronized void close() {
      if (!line.isEmpty()) {
        emit();
      }
    }
  }
}
