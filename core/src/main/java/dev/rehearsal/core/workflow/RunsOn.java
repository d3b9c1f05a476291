package dev.rehearsal.core.workflow;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.source.Template;
import java.util.List;
import java.util.Optional;

/**
 * A job's {@code runs-on}: runner labels (one label may be an expression, {@code ${{ matrix.os }}})
 * and, in the mapping form, a runner {@code group}.
 */
public record RunsOn(List<Template> labels, Optional<Template> group, Location location) {
  public RunsOn {
    labels = List.copyOf(labels);
  }
}
