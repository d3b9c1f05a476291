package dev.rehearsal.core.scenario;

import dev.rehearsal.core.github.TokenClaims;

/**
 * The JSON length of the claims of the tokens one thread builds, each string measured at most once
 * while it stays the same object. A string's JSON length is a pure function of its characters, so
 * remembering it for the very object (compared by identity, never by content) is exact: most claim
 * values are the same object token after token (the run's defaults, the issuer, the words a piece
 * of a scenario file interns), and measuring is a pass over every character (~330 a token). No
 * scenario's result is kept: every token is still built and every fresh string measured.
 */
final class JsonLengths {
  private static final ThreadLocal<JsonLengths> PER_THREAD =
      ThreadLocal.withInitial(JsonLengths::new);

  /** One slot per claim position: GitHub's claims come in a fixed order, so do their values. */
  private static final int POSITIONS = 64;

  /** Strings this long or longer are compared with the token's earlier fresh ones. */
  private static final int LONG = 32;

  private final String[] strings = new String[POSITIONS];
  private final long[] lengths = new long[POSITIONS];
  // This token's long strings measured so far: job_workflow_ref is often workflow_ref itself.
  private final String[] fresh = new String[8];
  private final long[] freshLengths = new long[8];
  private int freshCount;

  static JsonLengths forThisThread() {
    return PER_THREAD.get();
  }

  /**
   * The bytes {@code ObjectMapper.writeValueAsBytes} gives for the claims as one JSON object: "{",
   * then "name":value for each claim, comma-separated, "}". GitHub's claim names are lower-case
   * ASCII words and underscores: their JSON is the name in quotes.
   */
  long payload(TokenClaims claims) {
    freshCount = 0;
    int size = claims.size();
    long json = 1 + Math.max(0, size - 1) + 1;
    for (int i = 0; i < size; i++) {
      json += claims.name(i).length() + 2 + 1 + value(i, claims.value(i));
    }
    return json;
  }

  private long value(int position, Object value) {
    if (!(value instanceof String text)) {
      return ScenarioRunner.decimalLength((Long) value);
    }
    if (position < POSITIONS) {
      if (strings[position] == text) {
        return lengths[position];
      }
      long length = measure(text);
      strings[position] = text;
      lengths[position] = length;
      return length;
    }
    return measure(text);
  }

  private long measure(String text) {
    if (text.length() < LONG) {
      return ScenarioRunner.jsonLength(text);
    }
    for (int i = 0; i < freshCount; i++) {
      if (fresh[i] == text) {
        return freshLengths[i];
      }
    }
    long length = ScenarioRunner.jsonLength(text);
    if (freshCount < fresh.length) {
      fresh[freshCount] = text;
      freshLengths[freshCount++] = length;
    }
    return length;
  }
}
