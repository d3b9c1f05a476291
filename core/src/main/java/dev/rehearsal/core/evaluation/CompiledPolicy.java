package dev.rehearsal.core.evaluation;

import dev.rehearsal.core.policy.PolicyDocument;
import java.util.Objects;

/**
 * A policy document compiled for evaluation: every wildcard pattern and condition value is parsed
 * once here, so that evaluating a request parses nothing. Immutable and thread-safe; keep one per
 * document and evaluate it as often as needed.
 */
public final class CompiledPolicy {
  private final PolicyDocument document;
  private final CompiledStatement[] statements;

  private CompiledPolicy(PolicyDocument document) {
    this.document = Objects.requireNonNull(document, "document");
    boolean variables = document.supportsPolicyVariables();
    this.statements = new CompiledStatement[document.statements().size()];
    for (int i = 0; i < statements.length; i++) {
      statements[i] = CompiledStatement.compile(document.statements().get(i), variables);
    }
  }

  public static CompiledPolicy compile(PolicyDocument document) {
    return new CompiledPolicy(document);
  }

  public PolicyDocument document() {
    return document;
  }

  int statementCount() {
    return statements.length;
  }

  StatementTrace evaluate(int policyIndex, int statementIndex, EvaluationRequest request) {
    return statements[statementIndex].evaluate(policyIndex, statementIndex, request);
  }
}
