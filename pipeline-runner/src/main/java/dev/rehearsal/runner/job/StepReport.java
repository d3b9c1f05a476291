package dev.rehearsal.runner.job;

import dev.rehearsal.runner.log.Annotation;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one step did: its outcome (before {@code continue-on-error}) and conclusion (after), its
 * outputs (masked: a report is printed and kept), how long it took, and its annotations.
 */
public record StepReport(
    String name,
    Optional<String> id,
    String kind,
    StepConclusion outcome,
    StepConclusion conclusion,
    Map<String, String> outputs,
    Duration duration,
    List<Annotation> annotations) {
  public StepReport {
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    annotations = List.copyOf(annotations);
  }
}
