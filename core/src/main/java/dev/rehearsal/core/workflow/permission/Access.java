package dev.rehearsal.core.workflow.permission;

import java.util.Locale;

/** A {@code GITHUB_TOKEN} permission level, ordered: {@code none < read < write}. */
public enum Access {
  NONE,
  READ,
  WRITE;

  /** The level as written in a workflow: {@code none}, {@code read}, {@code write}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The lower of two levels. */
  public Access atMost(Access cap) {
    return compareTo(cap) <= 0 ? this : cap;
  }
}
