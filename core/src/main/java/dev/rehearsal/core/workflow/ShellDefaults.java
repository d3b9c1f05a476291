package dev.rehearsal.core.workflow;

import dev.rehearsal.core.workflow.source.Template;
import java.util.Optional;

/**
 * {@code defaults.run} of the workflow or of a job: the shell and working directory of run steps.
 */
public record ShellDefaults(Optional<String> shell, Optional<Template> workingDirectory) {}
