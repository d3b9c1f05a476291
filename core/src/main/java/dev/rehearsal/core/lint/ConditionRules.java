package dev.rehearsal.core.lint;

import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.OperatorType;
import dev.rehearsal.core.policy.SetQualifier;
import dev.rehearsal.core.policy.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Rules about condition operators, for every policy: GHOIDC006 and GHOIDC007. */
final class ConditionRules {
  private static final Set<OperatorType> EQUALS =
      EnumSet.of(
          OperatorType.STRING_EQUALS,
          OperatorType.STRING_NOT_EQUALS,
          OperatorType.STRING_EQUALS_IGNORE_CASE,
          OperatorType.STRING_NOT_EQUALS_IGNORE_CASE);

  private ConditionRules() {}

  static void check(List<Statement> statements, Findings findings) {
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      for (Condition condition : statement.conditions()) {
        literalWildcards(i, condition, findings);
        if (statement.effect() == Effect.ALLOW
            && condition.operator().qualifier().orElse(null) == SetQualifier.FOR_ALL_VALUES) {
          findings.add(
              LintRule.GHOIDC007,
              condition.operator().text()
                  + " on "
                  + condition.key()
                  + " is true when the request has no "
                  + condition.key()
                  + " at all, so this Allow admits requests without the key. Use ForAnyValue:, or"
                  + " add a Null condition requiring the key (\"Null\": {\""
                  + condition.key()
                  + "\": \"false\"}).",
              findings.pointers().condition(i, condition));
        }
      }
    }
  }

  /** StringEquals compares text exactly: "*" and "?" are characters there, not wildcards. */
  private static void literalWildcards(int statement, Condition condition, Findings findings) {
    if (!EQUALS.contains(condition.operator().type())) {
      return;
    }
    for (int j = 0; j < condition.values().size(); j++) {
      String value = condition.values().get(j);
      if (value.indexOf('*') >= 0 || value.indexOf('?') >= 0) {
        findings.add(
            LintRule.GHOIDC006,
            condition.operator().text()
                + " compares '"
                + value
                + "' character for character: its '*' and '?' match only themselves, so no real"
                + " value matches. Use "
                + condition.operator().text().replace("Equals", "Like").replace("IgnoreCase", "")
                + " for a pattern, or write the exact value.",
            findings.pointers().conditionValue(statement, condition, j));
      }
    }
  }
}
