package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.ConditionOperator;
import java.util.List;
import java.util.Objects;

/**
 * How one condition was decided: the operator, the key as the policy wrote it, whether the request
 * carried the key (with at least one value), the request's values, the policy's values after
 * policy-variable substitution (a variable that could not be resolved is shown as written), and the
 * result.
 */
public record ConditionTrace(
    ConditionOperator operator,
    String key,
    boolean keyPresent,
    List<String> requestValues,
    List<String> policyValues,
    boolean result) {
  public ConditionTrace {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(key, "key");
    requestValues = List.copyOf(requestValues);
    policyValues = List.copyOf(policyValues);
  }

  /** The operator as written in a policy, e.g. {@code ForAnyValue:StringLike}. */
  public String operatorText() {
    return operator.text();
  }
}
