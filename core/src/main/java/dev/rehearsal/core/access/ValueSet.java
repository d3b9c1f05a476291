package dev.rehearsal.core.access;

import dev.rehearsal.core.access.language.Dfa;

/**
 * The values one dimension may take in a set of requests: a regular language of present values, and
 * whether the key may be absent. Absence is a value of its own because IAM gives it its own rules:
 * a condition on an absent key is false, except for negated operators, {@code ...IfExists}, {@code
 * ForAllValues} and {@code Null}, and {@code ForAnyValue} is false even with {@code ...IfExists}
 * (facts.md, "Trust policy conditions"; {@code ConditionOperator.whenKeyAbsent}).
 */
record ValueSet(Dfa present, boolean absent) {
  ValueSet and(ValueSet other) {
    return new ValueSet(present.and(other.present), absent && other.absent);
  }

  ValueSet or(ValueSet other) {
    return new ValueSet(present.or(other.present), absent || other.absent);
  }

  ValueSet minus(ValueSet other) {
    return new ValueSet(present.minus(other.present), absent && !other.absent);
  }

  boolean isEmpty() {
    return !absent && present.isEmpty();
  }

  boolean containsAll(ValueSet other) {
    return other.minus(this).isEmpty();
  }
}
