package dev.rehearsal.core.workflow;

import dev.rehearsal.core.cloudformation.source.Location;
import dev.rehearsal.core.workflow.source.Template;
import java.util.Map;
import java.util.Optional;

/**
 * A step of a job: it runs an action ({@link UsesStep}) or a script ({@link RunStep}), never both
 * (GitHub: "a step cannot have both the `uses` and `run` keys"). The keys both kinds share are
 * here; {@code if}, {@code name}, {@code env}, {@code continue-on-error} and {@code
 * timeout-minutes} stay templates for the runner to evaluate.
 */
public sealed interface Step permits UsesStep, RunStep {
  /** The step's {@code id}, by which later steps read its outputs. */
  Optional<String> id();

  Optional<Template> name();

  /** The step's {@code if}, an expression with or without {@code ${{ }}}. */
  Optional<Template> condition();

  Map<String, Template> env();

  Optional<Template> continueOnError();

  Optional<Template> timeoutMinutes();

  /** Where the step starts in the file (its {@code -}). */
  Location location();
}
