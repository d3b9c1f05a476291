package dev.rehearsal.core.property;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the examples of one property fell into classes (what jqwik's {@code Statistics.collect}
 * printed): counted while the property runs, printed after it. A report, not an assertion.
 */
public final class Labels {
  private final String property;
  private final Map<String, Integer> counts = new TreeMap<>();
  private int total;

  public Labels(String property) {
    this.property = property;
  }

  public void collect(String... labels) {
    counts.merge(String.join(" ", labels), 1, Integer::sum);
    total++;
  }

  /** Prints the classes, the most frequent first, as jqwik did. */
  public void print() {
    int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder report = new StringBuilder();
    report.append('[').append(property).append("] (").append(total).append(") statistics =\n");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .forEach(
            e ->
                report.append(
                    String.format(
                        "    %-" + width + "s (%4d) : %3d %%%n",
                        e.getKey(),
                        e.getValue(),
                        Math.round(100.0 * e.getValue() / total))));
    System.out.print(report);
  }
}
