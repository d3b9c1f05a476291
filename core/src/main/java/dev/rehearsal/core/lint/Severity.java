package dev.rehearsal.core.lint;

/** How serious a finding is; the names SARIF 2.1.0 uses for {@code result.level}. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  NOTE("note");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  public String sarifLevel() {
    return sarifLevel;
  }

  /** Whether this severity is at least {@code threshold} ({@code --fail-on LEVEL}). */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
