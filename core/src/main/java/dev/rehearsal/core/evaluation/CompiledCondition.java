package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.ConditionOperator;
import dev.rehearsal.core.policy.OperatorType;
import dev.rehearsal.core.policy.SetQualifier;
import java.util.List;

/**
 * One condition with its values compiled once. The rules, from the IAM User Guide:
 *
 * <ul>
 *   <li>Several values for a key are ORed; for a negated operator they are ANDed, the request value
 *       must match none ("Conditions with multiple context keys or values": "logical NOR").
 *   <li>An absent key: {@link ConditionOperator#whenKeyAbsent} ({@code ForAnyValue} false even with
 *       {@code ...IfExists}, {@code ForAllValues} true, else {@code ...IfExists} and negated
 *       operators true); {@code Null} tests presence ("Condition operator to check existence").
 *   <li>{@code ForAllValues}: true when every request value passes; {@code ForAnyValue}: true when
 *       some request value passes ("Single-valued vs. multivalued context keys", "Set operators").
 *   <li>Without a set operator several request values pass when any of them matches, and a negated
 *       operator when none does. The guide only says multivalued keys "require a condition set
 *       operator"; this reading keeps {@code StringNotEquals} the exact negation of {@code
 *       StringEquals}.
 * </ul>
 *
 * A key "present" here has at least one value: the guide treats a key whose values "resolve to an
 * empty data set" like an absent one for both set operators.
 */
final class CompiledCondition {
  private final Condition condition;
  private final ConditionOperator operator;
  private final OperatorType type;
  private final String lowerCaseKey;
  private final PolicyValue[] values;
  private final boolean hasVariables;
  private final ValueTest[] fixedTests;

  private CompiledCondition(Condition condition, boolean policyVariables) {
    this.condition = condition;
    this.operator = condition.operator();
    this.type = operator.type();
    this.lowerCaseKey = ContextKeys.lower(condition.key());
    boolean variables = policyVariables && ValueTests.takesVariables(type);
    // Null's values say which presence it asks for; they are read in nullCheck, not compiled.
    int compiledCount = type == OperatorType.NULL ? 0 : condition.values().size();
    this.values = new PolicyValue[compiledCount];
    boolean anyVariable = false;
    for (int i = 0; i < values.length; i++) {
      values[i] = PolicyValue.compile(type, condition.values().get(i), variables);
      anyVariable |= values[i].hasVariables();
    }
    this.hasVariables = anyVariable;
    this.fixedTests = anyVariable ? null : resolveEach(ContextKeys.empty());
  }

  static CompiledCondition compile(Condition condition, boolean policyVariables) {
    return new CompiledCondition(condition, policyVariables);
  }

  ConditionTrace evaluate(ContextKeys context) {
    List<String> requestValues = context.valuesOfLowerCaseKey(lowerCaseKey);
    boolean present = requestValues != null && !requestValues.isEmpty();
    List<String> shownRequest = requestValues == null ? List.of() : requestValues;
    boolean result;
    if (type == OperatorType.NULL) {
      result = nullCheck(present);
    } else if (!present) {
      result = operator.whenKeyAbsent();
    } else {
      result = whenPresent(requestValues, resolve(context));
    }
    return new ConditionTrace(
        operator, condition.key(), present, shownRequest, display(context), result);
  }

  /** {@code Null}: "true" asks for an absent key, "false" for a present one; values are ORed. */
  private boolean nullCheck(boolean present) {
    for (String value : condition.values()) {
      Boolean wantsAbsent = BooleanComparison.parse(value);
      if (wantsAbsent != null && wantsAbsent != present) {
        return true;
      }
    }
    return false;
  }

  private boolean whenPresent(List<String> requestValues, ValueTest[] tests) {
    SetQualifier qualifier = operator.qualifier().orElse(null);
    if (qualifier == null) {
      boolean anyMatches = false;
      for (int i = 0; i < requestValues.size() && !anyMatches; i++) {
        anyMatches = matchesAny(tests, requestValues.get(i));
      }
      return anyMatches != type.negated();
    }
    boolean forAll = qualifier == SetQualifier.FOR_ALL_VALUES;
    for (String requestValue : requestValues) {
      boolean passes = matchesAny(tests, requestValue) != type.negated();
      if (passes != forAll) {
        return passes;
      }
    }
    return forAll;
  }

  private static boolean matchesAny(ValueTest[] tests, String requestValue) {
    for (ValueTest test : tests) {
      if (test.test(requestValue)) {
        return true;
      }
    }
    return false;
  }

  private ValueTest[] resolve(ContextKeys context) {
    return fixedTests != null ? fixedTests : resolveEach(context);
  }

  private ValueTest[] resolveEach(ContextKeys context) {
    ValueTest[] tests = new ValueTest[values.length];
    for (int i = 0; i < values.length; i++) {
      tests[i] = values[i].resolve(type, context);
    }
    return tests;
  }

  private List<String> display(ContextKeys context) {
    if (!hasVariables) {
      return condition.values();
    }
    String[] shown = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      shown[i] = values[i].display(context);
    }
    return List.of(shown);
  }
}
