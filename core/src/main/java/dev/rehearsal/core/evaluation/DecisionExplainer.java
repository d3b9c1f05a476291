package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.Effect;
import dev.rehearsal.core.policy.OperatorType;
import dev.rehearsal.core.policy.PatternElement;
import dev.rehearsal.core.policy.PrincipalElement;
import dev.rehearsal.core.policy.SetQualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Writes a {@link Decision} as lines a user can act on without reading the evaluator's code. */
final class DecisionExplainer {
  private DecisionExplainer() {}

  static String explain(Decision decision) {
    EvaluationRequest request = decision.request();
    boolean manyPolicies =
        decision.trace().stream().anyMatch(statement -> statement.policyIndex() > 0);
    StringJoiner out = new StringJoiner("\n");
    out.add(headline(decision, manyPolicies));
    for (StatementTrace statement : decision.trace()) {
      out.add(statementLine(statement, request, manyPolicies));
    }
    return out.toString();
  }

  private static String headline(Decision decision, boolean manyPolicies) {
    String action = decision.request().action();
    List<String> deciding = new ArrayList<>();
    for (StatementTrace statement : decision.trace()) {
      boolean decides =
          statement.applied()
              && (decision.outcome() == Outcome.ALLOW) == (statement.effect() == Effect.ALLOW);
      if (decides) {
        deciding.add(label(statement, manyPolicies));
      }
    }
    return switch (decision.outcome()) {
      case ALLOW -> "ALLOW: " + action + " is allowed by " + String.join(", ", deciding) + ".";
      case EXPLICIT_DENY ->
          "EXPLICIT_DENY: "
              + action
              + " is denied by "
              + String.join(", ", deciding)
              + "; an explicit Deny overrides every Allow.";
      case IMPLICIT_DENY ->
          "IMPLICIT_DENY: no statement allows " + action + ", so it is denied by default.";
    };
  }

  private static String statementLine(
      StatementTrace statement, EvaluationRequest request, boolean manyPolicies) {
    String label = label(statement, manyPolicies);
    if (statement.applied()) {
      // Which condition values let the statement apply is what a reader of an ALLOW asks first.
      List<String> held = new ArrayList<>();
      statement.conditions().forEach(condition -> held.add(conditionHeld(condition)));
      return label + (held.isEmpty() ? " applied." : " applied: " + String.join("; ", held));
    }
    List<String> reasons = new ArrayList<>();
    if (!statement.principalMatched()) {
      reasons.add(principalReason(statement.statement().principal().orElseThrow(), request));
    }
    if (!statement.actionMatched()) {
      reasons.add(
          patternReason("action", "Action", request.action(), statement.statement().action()));
    }
    if (!statement.resourceMatched()) {
      PatternElement resource = statement.statement().resource().orElseThrow();
      reasons.add(patternReason("resource", "Resource", request.resource().orElse(""), resource));
    }
    for (ConditionTrace condition : statement.conditions()) {
      if (!condition.result()) {
        reasons.add(conditionReason(condition));
      }
    }
    return label + " did not apply: " + String.join("; ", reasons);
  }

  private static String label(StatementTrace statement, boolean manyPolicies) {
    StringBuilder out = new StringBuilder();
    if (manyPolicies) {
      out.append("policy ").append(statement.policyIndex()).append(' ');
    }
    out.append("statement ").append(statement.statementIndex());
    statement.sid().ifPresent(sid -> out.append(" \"").append(sid).append('"'));
    return out.append(" (").append(statement.effect().json()).append(')').toString();
  }

  private static String principalReason(PrincipalElement element, EvaluationRequest request) {
    String who = request.principal().map(RequestPrincipal::toString).orElse("(none)");
    if (element.negated()) {
      return "principal " + who + " is excluded by NotPrincipal " + element.byType();
    }
    return "principal " + who + " is not in Principal " + element.byType();
  }

  private static String patternReason(
      String what, String elementName, String value, PatternElement element) {
    if (element.negated()) {
      return what
          + " '"
          + value
          + "' is excluded by Not"
          + elementName
          + " "
          + quoted(element.patterns());
    }
    return what
        + " '"
        + value
        + "' does not match "
        + elementName
        + " "
        + quoted(element.patterns());
  }

  static String conditionReason(ConditionTrace condition) {
    String head = "condition " + condition.operatorText() + " " + condition.key() + " ";
    String policy = quoted(condition.policyValues());
    if (condition.operator().type() == OperatorType.NULL) {
      return head
          + (condition.keyPresent() ? "is present" : "is absent")
          + " but Null asks for "
          + policy;
    }
    if (!condition.keyPresent()) {
      // IAM User Guide, "Set operators for multivalued context keys": "For no matching context key
      // or a null dataset, the condition returns false", IfExists or not.
      return head
          + "is absent from the request"
          + (condition.operator().ifExists() ? ", and ForAnyValue is false without values" : "");
    }
    String request = quoted(condition.requestValues());
    boolean negated = condition.operator().type().negated();
    SetQualifier qualifier = condition.operator().qualifier().orElse(null);
    if (qualifier == SetQualifier.FOR_ALL_VALUES) {
      return head
          + request
          + " has a value that "
          + (negated ? "matches one of " : "matches none of ")
          + policy;
    }
    if (qualifier == SetQualifier.FOR_ANY_VALUE) {
      return head
          + request
          + (negated ? " has only values matching " : " has no value matching any of ")
          + policy;
    }
    return head + request + (negated ? " matches one of " : " does not match any of ") + policy;
  }

  static String conditionHeld(ConditionTrace condition) {
    String head = "condition " + condition.operatorText() + " " + condition.key() + " ";
    String policy = quoted(condition.policyValues());
    if (condition.operator().type() == OperatorType.NULL) {
      return head + (condition.keyPresent() ? "is present" : "is absent") + ", as Null " + policy;
    }
    if (!condition.keyPresent()) {
      return head + "is absent, which " + condition.operatorText() + " accepts";
    }
    String request = quoted(condition.requestValues());
    if (condition.operator().qualifier().isPresent()) {
      return head + request + " satisfies " + policy;
    }
    boolean negated = condition.operator().type().negated();
    return head + request + (negated ? " matches none of " : " matches ") + policy;
  }

  private static String quoted(List<String> values) {
    StringJoiner out = new StringJoiner(", ", "[", "]");
    for (String value : values) {
      out.add("'" + value + "'");
    }
    return out.toString();
  }
}
