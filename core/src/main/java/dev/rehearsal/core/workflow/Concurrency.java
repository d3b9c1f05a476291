package dev.rehearsal.core.workflow;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.source.Template;
import java.util.Optional;

/**
 * A {@code concurrency} group (accepted and kept; a rehearsal runs one job at a time, so it has
 * nothing to cancel).
 */
public record Concurrency(Template group, Optional<Template> cancelInProgress, Location location) {}
