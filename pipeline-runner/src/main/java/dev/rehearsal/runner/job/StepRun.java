package dev.rehearsal.runner.job;

import dev.rehearsal.runner.command.StepEffects;
import dev.rehearsal.runner.log.Annotation;
import java.time.Duration;
import java.util.List;

/** A step that ran: its outcome before {@code continue-on-error}, its effects, its annotations. */
record StepRun(
    StepConclusion outcome, StepEffects effects, Duration duration, List<Annotation> annotations) {}
