package dev.rehearsal.core.scenario;

import java.util.Locale;
import java.util.Optional;

/** What a scenario expects of a step, or what the step did: allowed or denied. */
public enum Verdict {
  ALLOW,
  DENY;

  static Optional<Verdict> parse(String text) {
    return Optional.ofNullable(of(text));
  }

  /** As {@link #parse(String)}, null for another word. */
  static Verdict of(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "allow", "allowed" -> ALLOW;
      case "deny", "denied" -> DENY;
      default -> null;
    };
  }

  /** The lower-case name, as reports print it; one string, not one per report line. */
  private final String word = name().toLowerCase(Locale.ROOT);

  public String word() {
    return word;
  }
}
