package dev.rehearsal.oidc.http;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain {@link ObjectMapper} for the emulator's own state files and documents, made when first
 * used (this class's initialisation): Jackson's start-up, ~0.1 s of CPU in a fresh JVM, is then
 * paid by the first request or state file that needs it, not before the emulator first answers
 * (docs/benchmarks.d/startup-up-fast.md).
 */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}
}
