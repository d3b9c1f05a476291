package dev.rehearsal.runner.process;

/** How a process ended: its exit code, and whether the runner ended it (time-out, cancel). */
public record ProcessOutcome(int exitCode, boolean timedOut, boolean cancelled) {}
