package dev.rehearsal.core.workflow;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.matrix.Matrix;
import dev.rehearsal.core.workflow.source.Template;
import java.util.Optional;

/** A job's {@code strategy}: its matrix, {@code fail-fast} and {@code max-parallel}. */
public record Strategy(
    Optional<Matrix> matrix,
    Optional<Template> failFast,
    Optional<Template> maxParallel,
    Location location) {}
