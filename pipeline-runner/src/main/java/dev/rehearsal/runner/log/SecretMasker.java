package dev.rehearsal.runner.log;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Replaces every registered secret, and each of its encodings a GitHub runner also masks, with
 * {@code ***} — as actions/runner's {@code SecretMasker} ({@code src/Sdk/DTLogging/Logging/
 * SecretMasker.cs}) does for every line it writes: every occurrence, overlapping ones merged into
 * one {@code ***}. Thread-safe: a step's stdout and stderr are masked from two threads.
 *
 * <p>Like the runner's, the masking is one pass: a secret that contains {@code *} can be formed
 * again by the {@code ***} and its neighbours ({@code a**} in {@code aa**} becomes {@code a***}).
 */
public final class SecretMasker {
  public static final String MASK = "***";

  private final Set<String> originals = new LinkedHashSet<>();
  private volatile List<String> values = List.of();

  /**
   * Registers {@code secret}, its encodings and each of its lines (trimmed, as the runner's {@code
   * ::add-mask::} adds them: output is masked line by line, so a multi-line secret is matched one
   * line at a time); an empty value masks nothing.
   */
  public synchronized void add(String secret) {
    if (secret == null || secret.isEmpty() || !originals.add(secret)) {
      return;
    }
    Set<String> all = new LinkedHashSet<>(values);
    for (String line : secret.split("[\r\n]+")) {
      if (!line.isBlank()) {
        all.add(line.strip());
      }
    }
    all.add(secret);
    for (UnaryOperator<String> encoder : SecretEncoders.ALL) {
      String encoded = encoder.apply(secret);
      if (!encoded.isEmpty()) {
        all.add(encoded);
      }
    }
    values = List.copyOf(all);
  }

  /** {@code line} with every registered value replaced by {@code ***}. */
  public String mask(String line) {
    if (line == null || line.isEmpty()) {
      return "";
    }
    List<String> secrets = values;
    boolean[] covered = null;
    for (String secret : secrets) {
      int from = line.indexOf(secret);
      while (from >= 0) {
        if (covered == null) {
          covered = new boolean[line.length()];
        }
        for (int i = from; i < from + secret.length(); i++) {
          covered[i] = true;
        }
        from = line.indexOf(secret, from + 1);
      }
    }
    return covered == null ? line : replaceCovered(line, covered);
  }

  private static String replaceCovered(String line, boolean[] covered) {
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      if (covered[i]) {
        out.append(MASK);
        while (i < line.length() && covered[i]) {
          i++;
        }
      } else {
        out.append(line.charAt(i++));
      }
    }
    return out.toString();
  }
}
