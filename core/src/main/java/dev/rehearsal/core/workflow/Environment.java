package dev.rehearsal.core.workflow;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.source.Template;
import java.util.Optional;

/**
 * A job's deployment {@code environment}, written as a name or as {@code {name, url}}: its name
 * becomes the {@code environment} claim of the job's OIDC token and the {@code sub}'s {@code
 * environment:NAME} form. The name may be an expression ({@code ${{ matrix.env }}}).
 */
public record Environment(
    Template name, Optional<Template> url, Optional<Template> deployment, Location location) {}
