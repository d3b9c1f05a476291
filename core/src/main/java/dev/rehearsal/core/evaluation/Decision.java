package dev.rehearsal.core.evaluation;

import java.util.List;
import java.util.Objects;

/** The outcome of evaluating policies for one request, with the trace that explains it. */
public record Decision(Outcome outcome, List<StatementTrace> trace, EvaluationRequest request) {
  public Decision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(request, "request");
    trace = List.copyOf(trace);
  }

  public boolean allowed() {
    return outcome == Outcome.ALLOW;
  }

  /**
   * A multi-line explanation for a user: the outcome, then one line per statement saying whether it
   * applied and, when it did not, which element or condition failed with which values.
   */
  public String explain() {
    return DecisionExplainer.explain(this);
  }
}
