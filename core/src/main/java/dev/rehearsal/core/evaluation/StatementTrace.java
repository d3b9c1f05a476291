package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one statement was decided. A statement applies when its principal, action and resource
 * elements match and every condition is true (IAM User Guide, "Policy evaluation logic"). An
 * element the statement does not have, or a resource the request does not name, counts as matched.
 * Every condition is evaluated, so the trace is complete even after a first failure.
 */
public record StatementTrace(
    int policyIndex,
    int statementIndex,
    Statement statement,
    boolean principalMatched,
    boolean actionMatched,
    boolean resourceMatched,
    List<ConditionTrace> conditions,
    boolean applied) {
  public StatementTrace {
    Objects.requireNonNull(statement, "statement");
    conditions = List.copyOf(conditions);
  }

  public Optional<String> sid() {
    return statement.sid();
  }

  public Effect effect() {
    return statement.effect();
  }

  public boolean conditionsMatched() {
    for (ConditionTrace condition : conditions) {
      if (!condition.result()) {
        return false;
      }
    }
    return true;
  }
}
