package dev.rehearsal.aws.ecr.store;

import java.time.Instant;

/**
 * The state of a blob upload session: how many bytes it holds (the next chunk must start there),
 * when it started and when a request last touched it.
 */
public record Upload(String id, String repository, long size, Instant started, Instant touched) {}
