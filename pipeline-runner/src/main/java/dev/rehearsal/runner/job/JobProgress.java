package dev.rehearsal.runner.job;

import java.util.Map;
import java.util.Optional;

/**
 * What a job knows when its next step is about to be evaluated: the values the {@code job}, {@code
 * steps} and {@code env} contexts and the status functions read (docs.github.com, "Contexts").
 */
public interface JobProgress {
  /** {@code job.status}: what {@code success()}, {@code failure()}, {@code cancelled()} test. */
  JobStatus status();

  /** {@code steps.<id>.outputs}: a step's outputs, raw (expressions see them unmasked). */
  Map<String, String> outputs(String stepId);

  /** {@code steps.<id>.outcome}, for a step that has an id and has run or been skipped. */
  Optional<StepConclusion> outcome(String stepId);

  /** {@code steps.<id>.conclusion}. */
  Optional<StepConclusion> conclusion(String stepId);

  /** The {@code env} context: the job's {@code env:} and what steps have exported so far. */
  Map<String, String> env();
}
