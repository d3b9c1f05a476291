package dev.rehearsal.core.lint;

import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.access.language.Dfa;
import dev.rehearsal.core.evaluation.Wildcard;
import dev.rehearsal.core.policy.OperatorType;
import java.util.ArrayList;
import java.util.List;

/** The languages the rules ask about, read as core's evaluator reads the patterns. */
final class Languages {
  private Languages() {}

  /** Whether the operator admits the values it lists (not a negated one) and compares strings. */
  static boolean admitsListedStrings(OperatorType type) {
    return type.family() == OperatorType.Family.STRING && !type.negated();
  }

  /** A condition value as its string operator reads it: a pattern for *Like, else literal text. */
  static Dfa conditionValue(OperatorType type, String value, Alphabet alphabet) {
    boolean ignoreCase =
        type == OperatorType.STRING_EQUALS_IGNORE_CASE
            || type == OperatorType.STRING_NOT_EQUALS_IGNORE_CASE;
    boolean like = type == OperatorType.STRING_LIKE || type == OperatorType.STRING_NOT_LIKE;
    return Dfa.of(
        like ? Wildcard.compile(value, false) : Wildcard.literal(value, ignoreCase), alphabet);
  }

  /** Action names match without case (IAM User Guide, "IAM JSON policy elements: Action"). */
  static Dfa action(String pattern, Alphabet alphabet) {
    return Dfa.of(Wildcard.compile(pattern, true), alphabet);
  }

  /** A Resource pattern, its wildcards read segment by segment as the evaluator reads them. */
  static Dfa resource(String pattern, Alphabet alphabet) {
    return Dfa.of(Wildcard.compile(pattern, false).boundedToArnSegments(), alphabet);
  }

  static Alphabet alphabet(List<String> written, String... extra) {
    List<String> texts = new ArrayList<>(written);
    texts.addAll(List.of(extra));
    return Alphabet.of(texts);
  }
}
