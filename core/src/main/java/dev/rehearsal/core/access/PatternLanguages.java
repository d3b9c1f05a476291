package dev.rehearsal.core.access;

import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.access.language.Dfa;
import dev.rehearsal.core.evaluation.Wildcard;
import dev.rehearsal.core.policy.OperatorType;

/**
 * The language of one written pattern, read as core's evaluator reads it: the single place where
 * the diff and the lint rules turn policy text into automata.
 */
public final class PatternLanguages {
  private PatternLanguages() {}

  /**
   * A string condition value: a pattern for {@code StringLike}/{@code StringNotLike}, literal text
   * otherwise, without case for the {@code IgnoreCase} operators (IAM User Guide, "String condition
   * operators"). The Not forms give the language of the value, before negation.
   */
  public static Dfa stringValue(OperatorType type, String value, Alphabet alphabet) {
    return Dfa.of(
        stringPattern(type, Wildcard.builder(), value).build(ignoresCase(type)), alphabet);
  }

  /** Action names match without case (IAM User Guide, "IAM JSON policy elements: Action"). */
  public static Dfa action(String pattern, Alphabet alphabet) {
    return Dfa.of(Wildcard.compile(pattern, true), alphabet);
  }

  /** A Resource pattern, its wildcards read segment by segment ({@link ArnSets#resource}). */
  public static Dfa resource(String pattern, Alphabet alphabet) {
    return ArnSets.resource(Wildcard.compile(pattern, false), alphabet);
  }

  static boolean ignoresCase(OperatorType type) {
    return type == OperatorType.STRING_EQUALS_IGNORE_CASE
        || type == OperatorType.STRING_NOT_EQUALS_IGNORE_CASE;
  }

  /** Appends {@code text} as the operator reads it: wildcards for *Like and ARN, else literal. */
  static Wildcard.Builder stringPattern(OperatorType type, Wildcard.Builder builder, String text) {
    boolean like =
        type == OperatorType.STRING_LIKE
            || type == OperatorType.STRING_NOT_LIKE
            || type.family() == OperatorType.Family.ARN;
    return like ? builder.pattern(text) : builder.literal(text);
  }
}
