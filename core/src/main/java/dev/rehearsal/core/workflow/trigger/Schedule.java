package dev.rehearsal.core.workflow.trigger;

import dev.rehearsal.core.cloudformation.source.Location;
import java.util.Optional;

/** One {@code on.schedule} entry: a POSIX cron line (UTC unless a timezone is given). */
public record Schedule(String cron, Optional<String> timezone, Location location) {}
