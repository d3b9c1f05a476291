package dev.rehearsal.core.lint;

import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.policy.OperatorType;
import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for the questions the rules ask of patterns; the languages themselves come from {@link
 * dev.rehearsal.core.access.PatternLanguages}.
 */
final class Languages {
  private Languages() {}

  /** Whether the operator admits the values it lists (not a negated one) and compares strings. */
  static boolean admitsListedStrings(OperatorType type) {
    return type.family() == OperatorType.Family.STRING && !type.negated();
  }

  static Alphabet alphabet(List<String> written, String... extra) {
    List<String> texts = new ArrayList<>(written);
    texts.addAll(List.of(extra));
    return Alphabet.of(texts);
  }
}
