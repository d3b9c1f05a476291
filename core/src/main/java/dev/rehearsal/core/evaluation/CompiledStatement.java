package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.Condition;
import dev.rehearsal.core.policy.Statement;
import java.util.List;

/** A statement with its principal, action, resource and conditions compiled once. */
final class CompiledStatement {
  private final Statement statement;
  private final PrincipalMatcher principal;
  private final PatternMatcher action;
  private final PatternMatcher resource;
  private final CompiledCondition[] conditions;

  private CompiledStatement(Statement statement, boolean policyVariables) {
    this.statement = statement;
    this.principal = PrincipalMatcher.compile(statement.principal());
    this.action = PatternMatcher.actions(statement.action());
    this.resource = PatternMatcher.resources(statement.resource(), policyVariables);
    List<Condition> written = statement.conditions();
    this.conditions = new CompiledCondition[written.size()];
    for (int i = 0; i < conditions.length; i++) {
      conditions[i] = CompiledCondition.compile(written.get(i), policyVariables);
    }
  }

  static CompiledStatement compile(Statement statement, boolean policyVariables) {
    return new CompiledStatement(statement, policyVariables);
  }

  /**
   * Evaluates every element and every condition, without stopping at the first failure, so that the
   * trace says everything that is wrong with the statement at once.
   */
  StatementTrace evaluate(int policyIndex, int statementIndex, EvaluationRequest request) {
    ContextKeys context = request.context();
    boolean principalMatched = principal.matches(request.principal());
    boolean actionMatched = action.matches(request.action(), context);
    boolean resourceMatched = resource.matches(request.resource(), context);
    boolean applied = principalMatched && actionMatched && resourceMatched;
    ConditionTrace[] traces = new ConditionTrace[conditions.length];
    for (int i = 0; i < conditions.length; i++) {
      traces[i] = conditions[i].evaluate(context);
      applied &= traces[i].result();
    }
    return new StatementTrace(
        policyIndex,
        statementIndex,
        statement,
        principalMatched,
        actionMatched,
        resourceMatched,
        List.of(traces),
        applied);
  }
}
