package dev.rehearsal.core.access;

import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.access.language.Dfa;
import dev.rehearsal.core.evaluation.Wildcard;
import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.OperatorType;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values of its key that one condition admits, after the IAM User Guide ("IAM JSON policy
 * elements: Condition operators") and core's evaluator: several values are ORed, and ANDed for a
 * negated operator (the complement of their union); an absent key passes as {@link
 * ConditionOperator#whenKeyAbsent} says (a negated operator, {@code ...IfExists} and {@code
 * ForAllValues} pass, {@code ForAnyValue} fails even with {@code ...IfExists}); {@code Null} asks
 * for absence ("true") or presence ("false"). With one request value, {@code ForAnyValue} and
 * {@code ForAllValues} test it as the plain operator does.
 *
 * <p>String operators are patterns or literals; {@code Bool} is the literal {@code true} or {@code
 * false} without case; the ARN operators are patterns whose wildcards stay inside each of the first
 * five colon-separated components. Numeric, date, IP address and binary operators have no regular
 * language here: {@link #of} returns empty for them.
 */
final class ConditionSets {
  // A policy variable ${...}: its value comes from the request, so the value is not one language.
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*\\}");

  private ConditionSets() {}

  /** Whether values of the operator are compared as regular languages. */
  static boolean exact(OperatorType type) {
    return switch (type.family()) {
      case STRING, BOOLEAN, ARN, NULL -> true;
      case NUMERIC, DATE, IP_ADDRESS, BINARY -> false;
    };
  }

  /** Whether a value holds a policy variable that the evaluator substitutes. */
  static boolean hasVariable(String value, OperatorType type, boolean policyVariables) {
    boolean takesVariables =
        switch (type.family()) {
          case STRING, BOOLEAN, ARN -> true;
          default -> false;
        };
    return policyVariables && takesVariables && VARIABLE.matcher(value).find();
  }

  /**
   * The values admitted, or empty for an operator without a regular language. A value with a policy
   * variable is widened to any text in place of the variable (the caller reports it).
   */
  static Optional<ValueSet> of(Condition condition, Alphabet alphabet, boolean policyVariables) {
    ConditionOperator operator = condition.operator();
    OperatorType type = operator.type();
    if (!exact(type)) {
      return Optional.empty();
    }
    if (type == OperatorType.NULL) {
      return Optional.of(nullCheck(condition, alphabet));
    }
    Dfa matched = Dfa.none(alphabet);
    for (String value : condition.values()) {
      matched = matched.or(value(type, value, alphabet, policyVariables));
    }
    Dfa present = type.negated() ? matched.not() : matched;
    // The evaluator's own rule for an absent key: ForAnyValue...IfExists is false there.
    boolean absent = operator.whenKeyAbsent();
    return Optional.of(new ValueSet(present, absent));
  }

  private static ValueSet nullCheck(Condition condition, Alphabet alphabet) {
    boolean absent = false;
    boolean present = false;
    for (String value : condition.values()) {
      // Read as Bool reads it: true or false without regard to case; anything else asks nothing.
      absent |= value.equalsIgnoreCase("true");
      present |= value.equalsIgnoreCase("false");
    }
    return new ValueSet(present ? Dfa.all(alphabet) : Dfa.none(alphabet), absent);
  }

  private static Dfa value(OperatorType type, String value, Alphabet alphabet, boolean variables) {
    Wildcard pattern = pattern(type, value, hasVariable(value, type, variables));
    return switch (type.family()) {
      case STRING -> Dfa.of(pattern, alphabet);
      case BOOLEAN ->
          value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
              ? Dfa.literal(value, true, alphabet)
              : Dfa.none(alphabet);
      case ARN -> ArnSets.condition(pattern, alphabet);
      default -> throw new IllegalArgumentException(type.text() + " has no regular language");
    };
  }

  /** The value as the operator reads it; a policy variable becomes a run of any text. */
  private static Wildcard pattern(OperatorType type, String value, boolean variable) {
    Wildcard.Builder builder = Wildcard.builder();
    if (variable) {
      var matcher = VARIABLE.matcher(value);
      int from = 0;
      while (matcher.find()) {
        PatternLanguages.stringPattern(type, builder, value.substring(from, matcher.start()));
        builder.anyRun();
        from = matcher.end();
      }
      value = value.substring(from);
    }
    return PatternLanguages.stringPattern(type, builder, value)
        .build(PatternLanguages.ignoresCase(type));
  }
}
