package dev.rehearsal.runner.log;

import java.util.Locale;

/**
 * The three kinds of annotation a step can raise ({@code ::error::}, {@code ::warning::}, {@code
 * ::notice::}), with the word GitHub's log view shows before the message.
 */
public enum AnnotationLevel {
  ERROR("Error"),
  WARNING("Warning"),
  NOTICE("Notice");

  private final String label;

  AnnotationLevel(String label) {
    this.label = label;
  }

  /** {@code Error}, {@code Warning} or {@code Notice}, as in {@code Error: message}. */
  public String label() {
    return label;
  }

  /** The workflow command's name: {@code error}, {@code warning}, {@code notice}. */
  public String command() {
    return name().toLowerCase(Locale.ROOT);
  }
}
