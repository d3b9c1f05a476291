package dev.rehearsal.runner.log;

import java.util.Map;
import java.util.Objects;

/**
 * An error, warning or notice a step raised, with the properties of its workflow command ({@code
 * file}, {@code line}, {@code endLine}, {@code col}, {@code endColumn}, {@code title}). The message
 * is masked before it is kept.
 */
public record Annotation(AnnotationLevel level, String message, Map<String, String> properties) {
  public Annotation {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    properties = Map.copyOf(properties);
  }

  public static Annotation of(AnnotationLevel level, String message) {
    return new Annotation(level, message, Map.of());
  }
}
