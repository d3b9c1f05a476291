package dev.rehearsal.cli.provision;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line diff of two short texts (a property's value before and after, pretty-printed), in
 * the unified diff's marks: {@code -} a line only before, {@code +} only after, a space for both.
 * The longest common subsequence of lines decides what stayed, as diff does.
 */
final class LineDiff {
  /** Beyond this many lines on a side, the values are shown whole, one after the other. */
  private static final int MAX_LINES = 2000;

  private LineDiff() {}

  static List<String> diff(List<String> before, List<String> after) {
    if (before.size() > MAX_LINES || after.size() > MAX_LINES) {
      List<String> whole = new ArrayList<>();
      before.forEach(line -> whole.add("- " + line));
      after.forEach(line -> whole.add("+ " + line));
      return whole;
    }
    int[][] common = commonLengths(before, after);
    List<String> lines = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < before.size() || j < after.size()) {
      if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
        lines.add("  " + before.get(i++));
        j++;
      } else if (i < before.size() && (j == after.size() || common[i + 1][j] >= common[i][j + 1])) {
        lines.add("- " + before.get(i++));
      } else {
        lines.add("+ " + after.get(j++));
      }
    }
    return lines;
  }

  /** {@code common[i][j]}: the length of the longest common subsequence of the suffixes. */
  private static int[][] commonLengths(List<String> before, List<String> after) {
    int[][] common = new int[before.size() + 1][after.size() + 1];
    for (int i = before.size() - 1; i >= 0; i--) {
      for (int j = after.size() - 1; j >= 0; j--) {
        common[i][j] =
            before.get(i).equals(after.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    return common;
  }
}
