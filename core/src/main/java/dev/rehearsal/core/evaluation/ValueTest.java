package dev.rehearsal.core.evaluation;

/**
 * One policy value compiled for its operator: whether one request value matches it, before any
 * negation ({@code StringNotEquals} uses the {@code StringEquals} test and inverts the result).
 */
@FunctionalInterface
interface ValueTest {
  /** Matches nothing: a value that does not parse, or a policy variable with no value. */
  ValueTest NOTHING = requestValue -> false;

  boolean test(String requestValue);
}
